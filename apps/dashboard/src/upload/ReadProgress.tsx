import type { Lang } from '@minat/core';
import { t } from '../i18n/messages.ts';
import type { WorkerProgress } from '../worker/protocol.ts';
import { formatBytes } from './format-bytes.ts';

/**
 * The progress bar while the worker reads a file: the share of bytes read when the size is known
 * (indeterminate otherwise), with bytes and rows so far, and the stage (reading, the XLSForm,
 * validating).
 */
export function ReadProgress({ lang, progress }: { lang: Lang; progress: WorkerProgress | undefined }) {
  const total = progress?.totalBytes;
  const bytes = progress?.bytes;
  const value = total && bytes !== undefined ? Math.min(1, bytes / total) : undefined;
  const stage =
    progress?.stage === 'validate'
      ? t(lang, 'upload.progress.validate')
      : progress?.stage === 'parse' && bytes === undefined
        ? t(lang, 'upload.progress.form')
        : t(lang, 'upload.progress.read');
  const parts: string[] = [];
  if (bytes !== undefined && total) {
    parts.push(
      t(lang, 'upload.progress.bytes', { read: formatBytes(lang, bytes), total: formatBytes(lang, total) }),
    );
  }
  if (progress?.rows !== undefined) parts.push(t(lang, 'upload.progress.rows', { rows: progress.rows }));
  return (
    <div class="upload-progress" role="status" data-testid="upload-progress">
      <p class="upload-progress-stage">{stage}</p>
      <progress max={1} value={value} aria-label={stage} />
      {parts.length > 0 && <p class="upload-progress-count">{parts.join(' · ')}</p>}
    </div>
  );
}
