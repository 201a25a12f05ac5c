import type { Lang } from '@minat/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { type MessageKey, t } from '../i18n/messages.ts';
import type { WorkerError, WorkerProgress } from '../worker/protocol.ts';
import { classifyFiles, type UploadFiles } from './classify-files.ts';
import { ErrorDetail } from './ErrorDetail.tsx';
import { formatBytes } from './format-bytes.ts';
import { ReadProgress } from './ReadProgress.tsx';

/** Props of {@link FileStep}. */
export interface FileStepProps {
  lang: Lang;
  files: UploadFiles;
  onFiles: (files: UploadFiles) => void;
  reading: boolean;
  progress: WorkerProgress | undefined;
  error: WorkerError | undefined;
  onRead: () => void;
}

type Slot = keyof UploadFiles;
const SLOTS: { slot: Slot; accept: string; label: MessageKey; hint: MessageKey }[] = [
  {
    slot: 'survey',
    accept: '.csv,.tsv,.txt,.xlsx,.json,.ndjson,.jsonl',
    label: 'upload.file.survey',
    hint: 'upload.file.survey.hint',
  },
  { slot: 'form', accept: '.xlsx', label: 'upload.file.form', hint: 'upload.file.form.hint' },
  {
    slot: 'schema',
    accept: '.json,application/json',
    label: 'upload.file.schema',
    hint: 'upload.file.schema.hint',
  },
];

/**
 * Step 1: a drop zone and three file inputs (the survey; optionally the XLSForm of a KoBoToolbox/ODK
 * export and a survey schema), the read button, the progress bar while the worker reads, and any
 * read error with its location.
 */
export function FileStep({ lang, files, onFiles, reading, progress, error, onRead }: FileStepProps) {
  const [dragging, setOver] = useState(false);
  const [ignored, setIgnored] = useState<string[]>([]);
  const inputs = useRef<Partial<Record<Slot, HTMLInputElement | null>>>({});

  // Dropped files are shown in the inputs too, so what will be read is always what the inputs say.
  useEffect(() => {
    for (const { slot } of SLOTS) {
      const input = inputs.current[slot];
      const file = files[slot];
      if (!input || input.files?.[0] === file) continue;
      const list = new DataTransfer();
      if (file) list.items.add(file);
      input.files = list.files;
    }
  }, [files]);

  // Drops are taken by the whole zone (a mouse convenience: the inputs below do the same by keyboard).
  const zone = useRef<HTMLDivElement>(null);
  const state = useRef({ files, reading, onFiles });
  state.current = { files, reading, onFiles };
  useEffect(() => {
    const el = zone.current;
    if (!el) return;
    const over = (e: DragEvent) => {
      e.preventDefault();
      setOver(true);
    };
    const leave = () => setOver(false);
    const drop = (e: DragEvent) => {
      e.preventDefault();
      setOver(false);
      const dropped = [...(e.dataTransfer?.files ?? [])];
      if (dropped.length === 0 || state.current.reading) return;
      const { ignored: rest, ...next } = classifyFiles(dropped, state.current.files);
      setIgnored(rest.map((f) => f.name));
      state.current.onFiles(next);
    };
    el.addEventListener('dragover', over);
    el.addEventListener('dragleave', leave);
    el.addEventListener('drop', drop);
    return () => {
      el.removeEventListener('dragover', over);
      el.removeEventListener('dragleave', leave);
      el.removeEventListener('drop', drop);
    };
  }, []);

  return (
    <div class="upload-step">
      <div class={`drop-zone${dragging ? ' drop-over' : ''}`} data-testid="drop-zone" ref={zone}>
        <p class="drop-title">{t(lang, 'upload.drop')}</p>
        <p class="drop-hint">{t(lang, 'upload.drop.hint')}</p>
        {ignored.length > 0 && (
          <p class="note note-warning">{t(lang, 'upload.drop.ignored', { files: ignored.join(', ') })}</p>
        )}
      </div>
      <div class="file-fields">
        {SLOTS.map(({ slot, accept, label, hint }) => {
          const file = files[slot];
          const id = `upload-file-${slot}`;
          return (
            <div class="file-field" key={slot}>
              <label for={id}>{t(lang, label)}</label>
              <p class="file-hint" id={`${id}-hint`}>
                {t(lang, hint)}
              </p>
              <div class="file-row">
                <input
                  id={id}
                  class="visually-hidden file-input"
                  type="file"
                  accept={accept}
                  data-slot={slot}
                  aria-describedby={`${id}-hint ${id}-name`}
                  disabled={reading}
                  ref={(el) => {
                    inputs.current[slot] = el;
                  }}
                  onChange={(e) => {
                    const chosen = (e.currentTarget as HTMLInputElement).files?.[0];
                    const next = { ...files };
                    if (chosen) next[slot] = chosen;
                    else delete next[slot];
                    onFiles(next);
                  }}
                />
                <label for={id} class="file-button" aria-hidden="true">
                  {t(lang, 'upload.choose')}
                </label>
                <span class="file-name" id={`${id}-name`} data-testid={`file-name-${slot}`}>
                  {file ? `${file.name} (${formatBytes(lang, file.size)})` : t(lang, 'upload.none')}
                </span>
                {file && slot !== 'survey' && !reading && (
                  <button
                    type="button"
                    class="link-button"
                    aria-label={t(lang, 'upload.file.remove', { name: file.name })}
                    onClick={() => {
                      const next = { ...files };
                      delete next[slot];
                      onFiles(next);
                    }}
                  >
                    {t(lang, 'upload.remove')}
                  </button>
                )}
              </div>
            </div>
          );
        })}
      </div>
      {reading && <ReadProgress lang={lang} progress={progress} />}
      {error && <ErrorDetail error={error} lang={lang} />}
      <div class="upload-actions">
        <button type="button" class="primary" disabled={!files.survey || reading} onClick={onRead}>
          {t(lang, reading ? 'upload.reading' : 'upload.read')}
        </button>
      </div>
    </div>
  );
}
