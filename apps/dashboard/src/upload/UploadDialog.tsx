import type { Lang } from '@minat/core';
import type { WorkerClient } from '../app/worker-client.ts';
import { t } from '../i18n/messages.ts';
import type { SurveyInfo } from '../worker/protocol.ts';

/** Props of {@link UploadDialog}. */
export interface UploadDialogProps {
  client: WorkerClient;
  lang: Lang;
  onClose: () => void;
  onLoaded: (info: SurveyInfo) => void;
}

/** Upload a survey: file picker or drop zone, mapping step, validation step. */
export function UploadDialog({ lang, onClose }: UploadDialogProps) {
  return (
    <div class="dialog-backdrop">
      <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="upload-title">
        <h2 id="upload-title">{t(lang, 'upload.title')}</h2>
        <button type="button" onClick={onClose}>
          ×
        </button>
      </div>
    </div>
  );
}
