import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import sampleCsvUrl from '../../../../data/sample/survey.csv?url';
import sampleSchema from '../../../../data/sample/survey.json';
import { FilterPanel } from '../controls/FilterPanel.tsx';
import { SettingsPanel } from '../controls/SettingsPanel.tsx';
import { t } from '../i18n/messages.ts';
import { type DashboardState, PROGRESSIVE_VIEWS, VIEW_NAMES } from '../state/dashboard-state.ts';
import { UploadDialog } from '../upload/UploadDialog.tsx';
import { ViewPanel } from '../views/ViewPanel.tsx';
import type {
  AnalysisRequest,
  SurveyInfo,
  ValidationSummary,
  ViewPayload,
  WorkerProgress,
} from '../worker/protocol.ts';
import { Header } from './Header.tsx';
import { LoadProgress } from './LoadProgress.tsx';
import { useNarrow } from './use-narrow.ts';
import { useUrlState } from './use-url-state.ts';
import { whenChartsDrawn } from './when-charts-drawn.ts';
import { type DashboardError, WorkerClient } from './worker-client.ts';

/**
 * The dashboard: loads the sample survey (or an upload) into the workers, keeps the state in the URL,
 * asks the workers for the current view whenever the state changes (dropping answers to stale
 * requests) and draws it; the ranking's bootstrap part arrives from the second worker afterwards.
 */
export function App() {
  const [state, setState] = useUrlState();
  const client = useMemo(() => new WorkerClient(), []);
  const [info, setInfo] = useState<SurveyInfo>();
  const [progress, setProgress] = useState<WorkerProgress>();
  const [error, setError] = useState<DashboardError>();
  const [payload, setPayload] = useState<ViewPayload>();
  const [busy, setBusy] = useState(false);
  const [uploading, setUploading] = useState(false);
  const [panelOpen, setPanelOpen] = useState(false);
  const seq = useRef(0);
  /** Sets `window.__minatRendered` for the payload set last, once it is committed to the DOM. */
  const committed = useRef<(() => void) | undefined>(undefined);
  const lang = state.lang;

  // After the children's layout effects: the charts of this payload have marked themselves
  // `data-rendered="false"` (or kept "true" when unchanged) before the payload is said to be shown.
  useLayoutEffect(() => {
    const mark = committed.current;
    committed.current = undefined;
    mark?.();
  }, [payload]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${t(lang, 'app.title')}: ${t(lang, 'app.tagline')}`;
  }, [lang]);

  /** Shows a loaded survey: its info, its accounting for the tests, and the state it opens with. */
  const show = (next: SurveyInfo, opening: DashboardState, mode: 'push' | 'replace') => {
    setInfo(next);
    setProgress(undefined);
    window.__minatSurvey = { id: next.id, read: next.read, accepted: next.accepted, rejected: next.rejected };
    setState(opening, mode);
  };

  /** The bundled sample, on the URL's filters (the latest wave when the URL names none). */
  const adopt = (next: SurveyInfo) => {
    const filters = { ...state.filters };
    if (!filters.wave && next.latestWave) filters.wave = [next.latestWave];
    show(next, { ...state, data: 'sample', filters }, 'replace');
  };

  useEffect(() => {
    // For the benchmark and scripted use: load a survey file with its schema JSON, as an upload would.
    window.__minatLoadFiles = async (survey: File, schema: File) => {
      setInfo(undefined);
      await client.fast.request({ type: 'read-upload', file: survey }, setProgress);
      const summary = await client.fast.request<ValidationSummary>({
        type: 'apply-schema',
        schema: JSON.parse(await schema.text()),
        adopt: true,
      });
      if (!summary.info) throw new Error('no row was accepted');
      adoptUpload(summary.info);
      return { read: summary.read, accepted: summary.accepted, rejected: summary.rejected };
    };
  }, [state]);

  /** An upload, on its latest wave, with the comparison and map choices of the previous survey cleared. */
  const adoptUpload = (next: SurveyInfo) =>
    show(
      next,
      {
        ...state,
        data: 'upload',
        filters: next.latestWave ? { wave: [next.latestWave] } : {},
        compare: { mode: 'groups', by: '', a: '', b: '' },
        destination: '',
      },
      'push',
    );

  useEffect(() => {
    client.fast
      .request<SurveyInfo>({ type: 'load-sample', csvUrl: sampleCsvUrl, schema: sampleSchema }, setProgress)
      .then(adopt)
      .catch((e: unknown) => setError(e as DashboardError));
  }, []);

  const narrow = useNarrow();
  const request: AnalysisRequest | undefined = info && {
    narrow,
    view: state.view,
    lang,
    filters: state.filters,
    settings: state.settings,
    compare: state.compare,
    destination: state.destination,
  };
  const key = JSON.stringify(request ?? null);
  // Sent at commit (a layout effect), not after the next paint. Views with a slow part ask the second
  // worker once the fast charts are drawn: asked at the same time, its bootstrap took a core from the
  // fast part and the drawing (two cores: a new trends filter drew in 170 ms, 121 ms asked after).
  useLayoutEffect(() => {
    if (!info || !request) return;
    const mine = ++seq.current;
    setBusy(true);
    const started = performance.now();
    // Marked when the payload is committed (the layout effect on `payload`), not a frame later.
    const mark = (view: string, partial: boolean) => {
      committed.current = () => {
        window.__minatRendered = { seq: mine, view, ms: performance.now() - started, partial };
      };
    };
    const fail = (e: unknown) => {
      if (mine !== seq.current) return;
      setBusy(false);
      setError(e as DashboardError);
    };
    const progressive = PROGRESSIVE_VIEWS.includes(request.view);
    const drawn = client.fast
      .request<ViewPayload>({ type: 'analyse', survey: info.id, request, mode: 'fast' })
      .then(async (fast) => {
        if (mine !== seq.current) return false;
        setPayload(fast);
        setError(undefined);
        mark(fast.view, progressive);
        if (!progressive) setBusy(false);
        await whenChartsDrawn();
        return mine === seq.current;
      });
    drawn.catch(fail);
    if (progressive) {
      drawn
        .then((current) =>
          current
            ? client.slow.request<ViewPayload>({ type: 'analyse', survey: info.id, request, mode: 'full' })
            : undefined,
        )
        .then((complete) => {
          if (!complete || mine !== seq.current) return;
          setPayload(complete);
          setBusy(false);
          mark(complete.view, false);
        })
        .catch(fail);
    }
  }, [key, info?.id]);

  return (
    <div class="app">
      <a class="skip-link" href="#main">
        {t(lang, 'app.skip')}
      </a>
      <Header
        state={state}
        info={info}
        onLang={(l) => setState({ ...state, lang: l })}
        onUpload={() => setUploading(true)}
      />
      <nav class="views-nav" aria-label={t(lang, 'nav.label')}>
        {VIEW_NAMES.map((v) => (
          <button
            key={v}
            type="button"
            data-view={v}
            aria-current={state.view === v ? 'page' : undefined}
            onClick={() => setState({ ...state, view: v })}
          >
            {t(lang, `view.${v}`)}
          </button>
        ))}
      </nav>
      <div class="layout">
        {narrow && info && (
          <button
            type="button"
            class="panel-toggle"
            aria-expanded={panelOpen}
            aria-controls="sidebar"
            onClick={() => setPanelOpen(!panelOpen)}
          >
            {t(lang, 'filters.toggle', { count: Object.keys(state.filters).length })}
          </button>
        )}
        <aside id="sidebar" class="sidebar" hidden={narrow && !panelOpen}>
          {info && (
            <>
              <FilterPanel
                groupings={info.groupings}
                filters={state.filters}
                lang={lang}
                onChange={(filters) => setState({ ...state, filters })}
              />
              <SettingsPanel
                settings={state.settings}
                info={info}
                lang={lang}
                onChange={(settings) => setState({ ...state, settings })}
              />
            </>
          )}
        </aside>
        <main id="main" class="main" tabIndex={-1}>
          {!info && !error && <LoadProgress lang={lang} progress={progress} />}
          {error && (
            <div class="error" role="alert">
              <strong>{t(lang, 'app.error')}</strong> <code>{error.detail.code}</code>: {error.detail.message}
            </div>
          )}
          {info && info.lonely.strata.length > 0 && (
            <p class="note note-warning" role="note">
              {t(lang, 'lonely.adjust', { strata: info.lonely.strata.join(', ') })}
            </p>
          )}
          {info && <ViewPanel state={state} info={info} payload={payload} busy={busy} onChange={setState} />}
        </main>
      </div>
      {uploading && (
        <UploadDialog
          client={client}
          lang={lang}
          onClose={() => setUploading(false)}
          onLoaded={(next) => {
            setUploading(false);
            adoptUpload(next);
          }}
        />
      )}
    </div>
  );
}

declare global {
  interface Window {
    /** The loaded survey's accounting (read by the end-to-end tests and the benchmark). */
    __minatSurvey?: { id: number; read: number; accepted: number; rejected: number };
    /** Loads a survey file with its schema JSON as an upload would (benchmark and scripted use). */
    __minatLoadFiles?: (
      survey: File,
      schema: File,
    ) => Promise<{ read: number; accepted: number; rejected: number }>;
    /** The last drawn view and how long the request took, in milliseconds (for the benchmark). */
    __minatRendered?: { seq: number; view: string; ms: number; partial: boolean };
  }
}
