import type { Lang } from '@minat/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { DashboardError, WorkerClient } from '../app/worker-client.ts';
import { download } from '../chart/download.ts';
import { t } from '../i18n/messages.ts';
import type {
  SchemaDraft,
  SurveyInfo,
  UploadPreview,
  ValidationSummary,
  WorkerError,
  WorkerProgress,
} from '../worker/protocol.ts';
import { CheckStep } from './CheckStep.tsx';
import type { UploadFiles } from './classify-files.ts';
import { FileStep } from './FileStep.tsx';
import { MappingStep } from './MappingStep.tsx';
import { useFocusTrap } from './use-focus-trap.ts';
import './upload.css';
import './upload-steps.css';

/** Props of {@link UploadDialog}. */
export interface UploadDialogProps {
  client: WorkerClient;
  lang: Lang;
  onClose: () => void;
  onLoaded: (info: SurveyInfo) => void;
}

type Step = 'file' | 'mapping' | 'check';
const STEPS: Step[] = ['file', 'mapping', 'check'];

const detail = (e: unknown): WorkerError =>
  (e as DashboardError | undefined)?.detail ?? { code: 'internal', message: String(e) };

/**
 * Upload a survey, in a modal dialog (focus kept inside, Escape closes): 1. the file (drop or pick;
 * optionally its XLSForm and a schema file), read in the worker with a progress bar; 2. the mapping:
 * the drafted schema's roles to confirm or change, then "Validate"; 3. the row accounting, issues and
 * rejected rows (downloadable as CSV), then "Open in the dashboard", which hands the survey to the page.
 * Nothing is lost on a bad file: the error names where and what, and the previous survey stays.
 */
export function UploadDialog({ client, lang, onClose, onLoaded }: UploadDialogProps) {
  const dialog = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const alive = useRef(true);
  const [step, setStep] = useState<Step>('file');
  const [files, setFiles] = useState<UploadFiles>({});
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<WorkerProgress>();
  const [error, setError] = useState<WorkerError>();
  const [preview, setPreview] = useState<UploadPreview>();
  const [draft, setDraft] = useState<SchemaDraft>({});
  const [summary, setSummary] = useState<ValidationSummary>();
  useFocusTrap(dialog, onClose);
  useEffect(
    () => () => {
      alive.current = false;
    },
    [],
  );

  const go = (next: Step) => {
    setStep(next);
    setError(undefined);
    requestAnimationFrame(() => heading.current?.focus());
  };
  const run = async <T,>(work: () => Promise<T>, done: (value: T) => void) => {
    setBusy(true);
    setError(undefined);
    setProgress(undefined);
    try {
      const value = await work();
      if (alive.current) done(value);
    } catch (e) {
      if (alive.current) setError(detail(e));
    } finally {
      if (alive.current) setBusy(false);
    }
  };

  const read = () => {
    const { survey, form, schema } = files;
    if (!survey) return;
    void run(
      () =>
        client.fast.request<UploadPreview>(
          { type: 'read-upload', file: survey, ...(form ? { form } : {}), ...(schema ? { schema } : {}) },
          setProgress,
        ),
      (p) => {
        setPreview(p);
        setDraft(p.schema);
        setSummary(undefined);
        go('mapping');
      },
    );
  };
  const validate = () =>
    run(
      () => client.fast.request<ValidationSummary>({ type: 'apply-schema', schema: draft }, setProgress),
      (s) => {
        setSummary(s);
        go('check');
      },
    );
  const open = () =>
    run(
      () => client.fast.request<ValidationSummary>({ type: 'apply-schema', schema: draft, adopt: true }),
      (s) => {
        if (s.info) onLoaded(s.info);
        else setSummary(s);
      },
    );
  const downloadRejected = () =>
    run(
      () => client.fast.request<string>({ type: 'rejected-csv' }),
      (csv) => {
        const base = (preview?.name ?? 'survey').replace(/\.[^.]+$/, '');
        download(`${base}-rejected-rows.csv`, new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      },
    );

  const index = STEPS.indexOf(step);
  return (
    <div class="dialog-backdrop">
      <div
        class="dialog upload-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="upload-title"
        aria-describedby="upload-privacy"
        aria-busy={busy ? 'true' : undefined}
        tabIndex={-1}
        ref={dialog}
        data-step={step}
      >
        <div class="upload-head">
          <h2 id="upload-title">{t(lang, 'upload.title')}</h2>
          <button type="button" class="dialog-close" aria-label={t(lang, 'upload.close')} onClick={onClose}>
            ×
          </button>
        </div>
        <p class="upload-privacy" id="upload-privacy">
          {t(lang, 'upload.privacy')}
        </p>
        <ol class="upload-steps" aria-label={t(lang, 'upload.steps')}>
          {STEPS.map((s, i) => (
            <li
              key={s}
              aria-current={s === step ? 'step' : undefined}
              class={i < index ? 'done' : s === step ? 'current' : ''}
            >
              <span class="step-number" aria-hidden="true">
                {i + 1}
              </span>
              {t(lang, `upload.step.${s}`)}
            </li>
          ))}
        </ol>
        <h3 class="upload-step-title" tabIndex={-1} ref={heading}>
          {t(lang, 'upload.stepOf', {
            n: index + 1,
            total: STEPS.length,
            step: t(lang, `upload.step.${step}`),
          })}
        </h3>
        {step === 'file' && (
          <FileStep
            lang={lang}
            files={files}
            onFiles={setFiles}
            reading={busy}
            progress={progress}
            error={error}
            onRead={read}
          />
        )}
        {step === 'mapping' && preview && (
          <MappingStep
            lang={lang}
            preview={preview}
            draft={draft}
            onDraft={setDraft}
            validating={busy}
            error={error}
            onValidate={validate}
            onBack={() => go('file')}
          />
        )}
        {step === 'check' && summary && (
          <CheckStep
            lang={lang}
            summary={summary}
            busy={busy}
            error={error}
            onDownload={downloadRejected}
            onOpen={open}
            onBack={() => go('mapping')}
          />
        )}
      </div>
    </div>
  );
}
