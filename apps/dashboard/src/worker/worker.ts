/// <reference lib="webworker" />
import { MinatError, parseSurveySchema, readTable, type ValidatedSurvey, validateSurvey } from '@minat/core';
import { t } from '../i18n/messages.ts';
import { viewAnalyses } from './analyses/view-analyses.ts';
import type { ViewAnalysis, ViewOutput } from './analyses/view-analysis.ts';
import { type AnalysisContext, analysisContext } from './analysis-context.ts';
import type { ViewPayload, WorkerRequest, WorkerResponse } from './protocol.ts';
import { SurveySession } from './survey-session.ts';
import { UploadState } from './upload-state.ts';
import { workerError } from './worker-error.ts';

// The dashboard runs two of these: the first reads and validates the survey and answers every fast
// request; it hands the validated survey (typed arrays, cloned once) to the second over a
// MessageChannel, which runs the slow parts (the ranking bootstrap) so filter changes never wait.

interface WorkerScope {
  postMessage(message: WorkerResponse, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
}
const scope = self as unknown as WorkerScope;

let session: SurveySession | undefined;
let peer: MessagePort | undefined;
let loaded = 0;
const waiting: (() => void)[] = [];
const upload = new UploadState();

const post = (message: WorkerResponse) => scope.postMessage(message);

function adopt(survey: ValidatedSurvey, name: string) {
  loaded++;
  session = new SurveySession(survey, name, loaded);
  peer?.postMessage({ survey, name, id: loaded });
  return session.info();
}

/** The session of survey `id` (the second worker may get a request before the survey arrives). */
async function sessionFor(id: number): Promise<SurveySession> {
  while (!session || session.id < id) await new Promise<void>((resolve) => waiting.push(resolve));
  return session;
}

async function handle(message: WorkerRequest): Promise<void> {
  const { id } = message;
  switch (message.type) {
    case 'connect': {
      peer = message.port;
      peer.onmessage = (event: MessageEvent<{ survey: ValidatedSurvey; name: string; id: number }>) => {
        session = new SurveySession(event.data.survey, event.data.name, event.data.id);
        for (const resolve of waiting.splice(0)) resolve();
      };
      post({ id, type: 'result', result: null });
      return;
    }
    case 'load-sample': {
      const response = await fetch(message.csvUrl);
      if (!response.ok || !response.body)
        throw new Error(`cannot load the sample survey (${response.status})`);
      const size = Number(response.headers.get('content-length') ?? 0) || undefined;
      const table = await readTable(
        { name: 'survey.csv', stream: response.body, ...(size ? { size } : {}) },
        { onProgress: (p) => post({ id, type: 'progress', progress: { ...p } }) },
      );
      const survey = validateSurvey(table, parseSurveySchema(message.schema), {
        onProgress: ({ rows, totalRows }) =>
          post({ id, type: 'progress', progress: { stage: 'validate', rows, totalRows } }),
      });
      post({ id, type: 'result', result: adopt(survey, 'survey.csv') });
      return;
    }
    case 'read-upload': {
      const preview = await upload.read(message.file, message.form, message.schema, (p) =>
        post({ id, type: 'progress', progress: p }),
      );
      post({ id, type: 'result', result: preview });
      return;
    }
    case 'apply-schema': {
      post({ id, type: 'progress', progress: { stage: 'validate' } });
      const { summary, survey } = upload.apply(message.schema, (p) =>
        post({ id, type: 'progress', progress: p }),
      );
      if (survey && message.adopt) {
        summary.info = adopt(survey, upload.name);
        upload.clear();
      }
      post({ id, type: 'result', result: summary });
      return;
    }
    case 'rejected-csv': {
      post({ id, type: 'result', result: upload.rejectedCsv() });
      return;
    }
    case 'analyse': {
      const current = await sessionFor(message.survey);
      const started = performance.now();
      const context = analysisContext(current, message.request);
      const analysis = viewAnalyses[message.request.view];
      const output =
        message.mode === 'full' && analysis.full ? fullOrFast(analysis, context) : analysis.fast(context);
      const payload: ViewPayload = {
        view: message.request.view,
        ...output,
        partial: message.mode === 'fast' && analysis.full !== undefined,
        ms: Math.round(performance.now() - started),
      };
      post({ id, type: 'result', result: payload });
      // Once the first view is on its way: the row lists every later filter reads (~50 ms once).
      current.prepareFilters();
      return;
    }
  }
}

/**
 * The slow part of a view, or, when the design cannot give it (a single-PSU stratum cannot be
 * resampled by the bootstrap), the fast part with a note saying why the rank uncertainty is missing.
 */
function fullOrFast(analysis: ViewAnalysis, context: AnalysisContext): ViewOutput {
  try {
    return analysis.full!(context);
  } catch (error) {
    if (!(error instanceof MinatError) || error.code !== 'design-lonely-psu') throw error;
    const fast = analysis.fast(context);
    const notes = fast.notes.filter((n) => !n.partial);
    notes.push({
      level: 'warning',
      text: t(context.request.lang, 'bootstrap.lonely', { reason: error.message }),
    });
    return { ...fast, notes };
  }
}

scope.onmessage = (event) => {
  handle(event.data).catch((error: unknown) =>
    post({ id: event.data.id, type: 'error', error: workerError(error) }),
  );
};
