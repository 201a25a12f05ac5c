import type { Lang } from '@minat/core';
import { t } from '../i18n/messages.ts';

/** Props of {@link ColumnSelect}. */
export interface ColumnSelectProps {
  id: string;
  label: string;
  lang: Lang;
  value: string;
  columns: readonly string[];
  onChange: (column: string) => void;
  /** Text of the empty choice ('' = no such column); absent = a column must be chosen. */
  none?: string;
  /** A short explanation under the label. */
  hint?: string;
  /** Label for screen readers only (when the row around the select already says what it is). */
  hideLabel?: boolean;
}

/**
 * A labelled select of the file's columns. A value the file does not have (e.g. from a schema file
 * written for another export) stays visible, marked, so the mismatch shows before validation.
 */
export function ColumnSelect(props: ColumnSelectProps) {
  const { id, label, lang, value, columns, onChange, none, hint, hideLabel } = props;
  const missing = value !== '' && !columns.includes(value);
  return (
    <div class={`field column-select${missing ? ' field-missing' : ''}`}>
      <label for={id} class={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {hint && (
        <span class="field-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      <select
        id={id}
        value={value}
        aria-describedby={hint ? `${id}-hint` : undefined}
        aria-invalid={missing || (none === undefined && value === '') ? 'true' : undefined}
        onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}
      >
        <option value="">{none ?? t(lang, 'upload.map.choose')}</option>
        {missing && <option value={value}>{t(lang, 'upload.map.notInFile', { column: value })}</option>}
        {columns.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
    </div>
  );
}
