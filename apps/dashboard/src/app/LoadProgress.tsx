import type { Lang } from '@minat/core';
import { t } from '../i18n/messages.ts';
import type { WorkerProgress } from '../worker/protocol.ts';

/**
 * A progress bar while a survey is read (bytes when the size is known, else rows), then validated
 * ("Checking rows…", rows checked of all rows).
 */
export function LoadProgress({ lang, progress }: { lang: Lang; progress: WorkerProgress | undefined }) {
  const checking = progress?.stage === 'validate';
  const total = checking ? progress.totalRows : progress?.totalBytes;
  const done = checking ? progress.rows : progress?.bytes;
  const value = total && done !== undefined ? Math.min(1, done / total) : undefined;
  const rows = progress?.rows;
  const label = t(lang, checking ? 'app.checkingRows' : 'app.loading');
  return (
    <div class="load-progress" role="status" aria-live="polite">
      <p>{label}</p>
      <progress max={1} value={value} aria-label={label} />
      {rows !== undefined && (
        <p class="progress-rows">{rows.toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB')}</p>
      )}
    </div>
  );
}
