import type { Lang } from '@minat/core';
import { t } from '../i18n/messages.ts';
import type { DashboardState } from '../state/dashboard-state.ts';
import type { SurveyInfo } from '../worker/protocol.ts';

/** Props of {@link Header}. */
export interface HeaderProps {
  state: DashboardState;
  info: SurveyInfo | undefined;
  onLang: (lang: Lang) => void;
  onUpload: () => void;
}

/** Title, the loaded survey with its row accounting, the upload button and the language switch. */
export function Header({ state, info, onLang, onUpload }: HeaderProps) {
  const lang = state.lang;
  return (
    <header class="header">
      <div class="brand">
        <h1>
          <span class="logo" aria-hidden="true">
            ◆
          </span>{' '}
          {t(lang, 'app.title')}
        </h1>
        <p class="tagline">{t(lang, 'app.tagline')}</p>
      </div>
      <div class="survey-meta">
        {info && (
          <>
            <p class="survey-title" data-testid="survey-title">
              {info.title?.[lang] ?? info.name}
            </p>
            <p class="survey-rows" data-testid="survey-rows">
              {t(lang, 'app.rows', { accepted: info.accepted, read: info.read, rejected: info.rejected })}
            </p>
          </>
        )}
      </div>
      <div class="header-actions">
        <button type="button" class="upload-button" onClick={onUpload} disabled={!info}>
          {t(lang, 'app.upload')}
        </button>
        <fieldset class="lang-switch">
          <legend class="visually-hidden">{t(lang, 'app.language')}</legend>
          {(['en', 'id'] as const).map((l) => (
            <button
              key={l}
              type="button"
              lang={l}
              data-lang={l}
              aria-pressed={lang === l}
              onClick={() => onLang(l)}
            >
              {l === 'en' ? 'English' : 'Indonesia'}
            </button>
          ))}
        </fieldset>
      </div>
    </header>
  );
}
