import { type Lang, rowsToCsv } from '@minat/core';
import { useRef, useState } from 'preact/hooks';
import type { Result } from 'vega-embed';
import { t } from '../i18n/messages.ts';
import type { ChartPayload } from '../worker/protocol.ts';
import { DataTable } from './DataTable.tsx';
import { download } from './download.ts';
import { embedSnippet } from './embed-snippet.ts';
import { VegaChart } from './VegaChart.tsx';

/** Props of {@link ChartCard}. */
export interface ChartCardProps {
  chart: ChartPayload;
  lang: Lang;
  /** File name stem of the exports, e.g. `minat-ranking-2026-id`. */
  fileStem: string;
}

/**
 * One chart with everything around it: the chart (its footer states question, base, method,
 * weighting, suppression and source), exports (PNG, SVG, CSV of the rows, Vega-Lite spec), an embed
 * snippet, a copy-link button, the text alternative and a data-table toggle.
 */
export function ChartCard({ chart, lang, fileStem }: ChartCardProps) {
  const view = useRef<Result['view'] | undefined>(undefined);
  const [table, setTable] = useState(false);
  const [status, setStatus] = useState('');
  const [snippet, setSnippet] = useState<string | null>(null);
  const stem = `${fileStem}-${chart.id}`;
  const altId = `alt-${chart.id}`;
  const title = chartTitle(chart.spec);

  const copy = async (text: string, done: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(done);
    } catch {
      setStatus(text);
    }
  };
  const png = async () => {
    if (view.current) download(`${stem}.png`, await view.current.toImageURL('png', 2));
  };
  const svg = async () => {
    if (view.current)
      download(`${stem}.svg`, new Blob([await view.current.toSVG()], { type: 'image/svg+xml' }));
  };
  const csv = () =>
    download(`${stem}.csv`, new Blob([rowsToCsv(chart.rows, chart.columns)], { type: 'text/csv' }));
  const spec = () =>
    download(
      `${stem}.vl.json`,
      new Blob([JSON.stringify(chart.spec, null, 2)], { type: 'application/json' }),
    );

  return (
    <figure class="chart-card" data-chart={chart.id} aria-describedby={altId}>
      <div class="chart-toolbar" role="toolbar" aria-label={`${t(lang, 'chart.actions')}: ${title}`}>
        <button type="button" data-action="png" onClick={png}>
          {t(lang, 'chart.png')}
        </button>
        <button type="button" data-action="svg" onClick={svg}>
          {t(lang, 'chart.svg')}
        </button>
        <button type="button" data-action="csv" onClick={csv}>
          {t(lang, 'chart.csv')}
        </button>
        <button type="button" data-action="spec" onClick={spec}>
          {t(lang, 'chart.spec')}
        </button>
        <button
          type="button"
          data-action="embed"
          aria-expanded={snippet !== null}
          onClick={() => setSnippet(snippet === null ? embedSnippet(chart.id, chart.spec, chart.alt) : null)}
        >
          {t(lang, 'chart.embed')}
        </button>
        <button
          type="button"
          data-action="link"
          onClick={() => copy(location.href, t(lang, 'chart.linkCopied'))}
        >
          {t(lang, 'chart.link')}
        </button>
        <span class="chart-status" role="status" aria-live="polite">
          {status}
        </span>
      </div>
      {snippet !== null && (
        <div class="embed-snippet">
          <label>
            {t(lang, 'chart.embed')}
            <textarea
              readOnly
              rows={5}
              value={snippet}
              onFocus={(e) => (e.target as HTMLTextAreaElement).select()}
            />
          </label>
          <button type="button" onClick={() => copy(snippet, t(lang, 'chart.embedCopied'))}>
            {t(lang, 'chart.copy')}
          </button>
        </div>
      )}
      <VegaChart spec={chart.spec} onView={(v) => (view.current = v)} />
      <details class="chart-alt">
        <summary>{t(lang, 'chart.alt')}</summary>
        <p id={altId}>{chart.alt}</p>
      </details>
      <button type="button" class="table-toggle" aria-expanded={table} onClick={() => setTable(!table)}>
        {table ? t(lang, 'chart.hideTable') : t(lang, 'chart.showTable')} (
        {t(lang, 'chart.rows', { count: chart.rows.length })})
      </button>
      {table && <DataTable rows={chart.rows} columns={chart.columns} lang={lang} caption={title} />}
    </figure>
  );
}

function chartTitle(spec: Record<string, unknown>): string {
  const title = spec.title as { text?: unknown } | string | undefined;
  const text = typeof title === 'string' ? title : title?.text;
  return Array.isArray(text) ? text.join(' ') : String(text ?? '');
}
