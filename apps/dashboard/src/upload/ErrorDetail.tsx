import type { Lang } from '@minat/core';
import { useEffect, useRef } from 'preact/hooks';
import { type MessageKey, t } from '../i18n/messages.ts';
import type { WorkerError } from '../worker/protocol.ts';

const HEADLINES: Record<string, MessageKey> = {
  'file-empty': 'upload.error.file-empty',
  'file-unreadable': 'upload.error.file-unreadable',
  'format-unknown': 'upload.error.format-unknown',
  'no-data-rows': 'upload.error.no-data-rows',
  'header-duplicate': 'upload.error.header',
  'header-empty': 'upload.error.header',
  'csv-invalid': 'upload.error.csv-invalid',
  'json-invalid': 'upload.error.json-invalid',
  'xlsx-invalid': 'upload.error.xlsx-invalid',
  'sheet-missing': 'upload.error.xlsx-invalid',
  'xlsform-invalid': 'upload.error.xlsform-invalid',
  'schema-invalid': 'upload.error.schema-invalid',
  'column-missing': 'upload.error.column-missing',
  'design-one-psu': 'upload.error.design',
  'design-fpc-invalid': 'upload.error.design',
  'design-lonely-psu': 'upload.error.design',
};

/** Props of {@link ErrorDetail}. */
export interface ErrorDetailProps {
  error: WorkerError;
  lang: Lang;
}

/**
 * An error of the upload, as people read it: a headline in the page's language, the reader's own
 * message (which says what to do), and where: code, file, row, column, value and what was expected.
 */
export function ErrorDetail({ error, lang }: ErrorDetailProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.scrollIntoView?.({ block: 'nearest' }), [error]);
  const headline = HEADLINES[error.code] ?? 'upload.error.generic';
  const where: [MessageKey, string | number | undefined][] = [
    ['upload.error.code', error.code],
    ['upload.error.file', error.file],
    ['upload.error.row', error.row],
    ['upload.error.column', error.column],
    ['upload.error.value', error.value],
    ['upload.error.expected', error.expected],
  ];
  return (
    <div class="error upload-error" role="alert" data-testid="upload-error" data-code={error.code} ref={box}>
      <p class="upload-error-title">
        <strong>{t(lang, headline)}</strong>
      </p>
      <p class="upload-error-message">{error.message}</p>
      <dl class="upload-error-where">
        {where
          .filter(([, v]) => v !== undefined && v !== '')
          .map(([key, v]) => (
            <div key={key} data-field={key.split('.').at(-1)}>
              <dt>{t(lang, key)}</dt>
              <dd>{typeof v === 'number' ? String(v) : <code>{v}</code>}</dd>
            </div>
          ))}
      </dl>
    </div>
  );
}
