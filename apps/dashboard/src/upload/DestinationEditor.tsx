import type { Lang } from '@minat/core';
import { t } from '../i18n/messages.ts';
import { ColumnSelect } from './ColumnSelect.tsx';
import { type DraftQuestion, QUESTION_KINDS, type QuestionKind, withKind } from './schema-draft.ts';

/** Props of {@link DestinationEditor}. */
export interface DestinationEditorProps {
  lang: Lang;
  question: DraftQuestion;
  columns: readonly string[];
  onChange: (question: DraftQuestion) => void;
}

/**
 * The destination question: its kind (single choice, ranked choices, multiple choice) and its
 * columns: one column, the ranked columns first choice first (add, remove), or a delimited column
 * with its separator (one 0/1 column per option is shown, and edited in the schema JSON).
 */
export function DestinationEditor({ lang, question: q, columns, onChange }: DestinationEditorProps) {
  const ranked = q.kind === 'ranked' ? (q.columns ?? []) : [];
  const setRanked = (list: string[]) => onChange({ ...q, columns: list });
  return (
    <fieldset class="map-group destination">
      <legend>{t(lang, 'upload.map.destination')}</legend>
      <div class="map-grid">
        <div class="field">
          <label for="map-dest-kind">{t(lang, 'upload.dest.kind')}</label>
          <select
            id="map-dest-kind"
            value={q.kind}
            onChange={(e) =>
              onChange(withKind(q, (e.currentTarget as HTMLSelectElement).value as QuestionKind))
            }
          >
            {QUESTION_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(lang, `upload.dest.kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        {q.kind === 'single' && (
          <ColumnSelect
            id="map-dest-column"
            label={t(lang, 'upload.dest.column')}
            lang={lang}
            value={q.column ?? ''}
            columns={columns}
            onChange={(column) => onChange({ ...q, column })}
          />
        )}
        {q.kind === 'multi' && !q.options && (
          <>
            <ColumnSelect
              id="map-dest-column"
              label={t(lang, 'upload.dest.column')}
              lang={lang}
              value={q.column ?? ''}
              columns={columns}
              onChange={(column) => onChange({ ...q, column })}
            />
            <div class="field">
              <label for="map-dest-separator">{t(lang, 'upload.dest.separator')}</label>
              <select
                id="map-dest-separator"
                value={q.separator ?? ' '}
                onChange={(e) => onChange({ ...q, separator: (e.currentTarget as HTMLSelectElement).value })}
              >
                {[' ', ',', ';', '|'].map((s) => (
                  <option key={s} value={s}>
                    {s === ' ' ? t(lang, 'upload.dest.separator.space') : s}
                  </option>
                ))}
              </select>
            </div>
          </>
        )}
      </div>
      {q.kind === 'multi' && q.options && (
        <p class="field-hint" data-testid="dest-options">
          {t(lang, 'upload.dest.options', { count: q.options.length })}
        </p>
      )}
      {q.kind === 'ranked' && (
        <ol class="ranked-columns">
          {ranked.map((c, i) => (
            <li key={`${i}-${ranked.length}`}>
              <ColumnSelect
                id={`map-dest-column-${i + 1}`}
                label={t(lang, 'upload.dest.choice', { n: i + 1 })}
                lang={lang}
                value={c}
                columns={columns}
                onChange={(column) => setRanked(ranked.map((x, j) => (j === i ? column : x)))}
              />
              {ranked.length > 1 && (
                <button
                  type="button"
                  class="link-button"
                  aria-label={t(lang, 'upload.dest.removeChoice', { n: i + 1 })}
                  onClick={() => setRanked(ranked.filter((_, j) => j !== i))}
                >
                  {t(lang, 'upload.remove')}
                </button>
              )}
            </li>
          ))}
          <li>
            <button type="button" class="secondary" onClick={() => setRanked([...ranked, ''])}>
              {t(lang, 'upload.dest.addChoice')}
            </button>
          </li>
        </ol>
      )}
    </fieldset>
  );
}
