import type { Lang } from '@minat/core';
import { t } from '../i18n/messages.ts';
import type { ValidationSummary, WorkerError } from '../worker/protocol.ts';
import { ErrorDetail } from './ErrorDetail.tsx';
import { IssueList } from './IssueList.tsx';
import { RejectedTable } from './RejectedTable.tsx';

/** Props of {@link CheckStep}. */
export interface CheckStepProps {
  lang: Lang;
  summary: ValidationSummary;
  busy: boolean;
  error: WorkerError | undefined;
  onDownload: () => void;
  onOpen: () => void;
  onBack: () => void;
}

/**
 * Step 3: the row accounting (read = accepted + rejected), the lonely-PSU handling when a stratum has
 * one cluster, the issues with their counts, the first rejected rows (row, column, value, reason) with
 * the download of all of them as CSV, and "Open in the dashboard" once any row is accepted.
 */
export function CheckStep({ lang, summary: s, busy, error, onDownload, onOpen, onBack }: CheckStepProps) {
  const usable = s.accepted > 0 && !s.designError;
  const figures = [
    ['read', 'upload.check.read', s.read],
    ['accepted', 'upload.check.accepted', s.accepted],
    ['rejected', 'upload.check.rejected', s.rejected],
  ] as const;
  return (
    <div class="upload-step">
      <dl class="accounting" data-testid="upload-accounting">
        {figures.map(([id, key, n]) => (
          <div key={id} class={`figure figure-${id}${id === 'rejected' && n > 0 ? ' has-rejected' : ''}`}>
            <dt>{t(lang, key)}</dt>
            <dd data-testid={`upload-${id}`}>{t(lang, 'upload.check.n', { n })}</dd>
          </div>
        ))}
      </dl>
      <p class="accounting-note">
        {t(lang, 'upload.check.sum', {
          file: s.file,
          read: s.read,
          accepted: s.accepted,
          rejected: s.rejected,
        })}
      </p>
      {s.accepted === 0 && (
        <p class="note note-warning" role="alert">
          {t(lang, 'upload.check.noneAccepted')}
        </p>
      )}
      {s.designError && <ErrorDetail error={s.designError} lang={lang} />}
      {s.lonely.strata.length > 0 && (
        <p class="note note-warning" data-testid="upload-lonely">
          {t(lang, 'upload.check.lonely', { strata: s.lonely.strata.join(', '), option: s.lonely.option })}
        </p>
      )}
      <IssueList
        lang={lang}
        issues={s.issues}
        title={t(lang, 'upload.check.issues')}
        testId="upload-issues"
      />
      {s.rejected > 0 && <RejectedTable lang={lang} rows={s.rejectedRows} total={s.rejected} />}
      {error && <ErrorDetail error={error} lang={lang} />}
      <div class="upload-actions">
        <button type="button" class="secondary" onClick={onBack} disabled={busy}>
          {t(lang, 'upload.back')}
        </button>
        {s.rejected > 0 && (
          <button type="button" class="secondary" onClick={onDownload} disabled={busy}>
            {t(lang, 'upload.check.download')}
          </button>
        )}
        <button type="button" class="primary" disabled={!usable || busy} onClick={onOpen}>
          {t(lang, 'upload.check.open')}
        </button>
      </div>
    </div>
  );
}
