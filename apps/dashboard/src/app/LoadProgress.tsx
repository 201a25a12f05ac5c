import type { Lang } from '@minat/core';
import { t } from '../i18n/messages.ts';
import type { WorkerProgress } from '../worker/protocol.ts';

/** A progress bar while a survey is read (bytes when the size is known, else rows), then validated. */
export function LoadProgress({ lang, progress }: { lang: Lang; progress: WorkerProgress | undefined }) {
  const total = progress?.totalBytes;
  const value = total && progress?.bytes !== undefined ? Math.min(1, progress.bytes / total) : undefined;
  const rows = progress?.rows;
  return (
    <div class="load-progress" role="status" aria-live="polite">
      <p>{t(lang, 'app.loading')}</p>
      <progress max={1} value={value} aria-label={t(lang, 'app.loading')} />
      {rows !== undefined && (
        <p class="progress-rows">{rows.toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB')}</p>
      )}
    </div>
  );
}
