import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { altText } from '@minat/charts';
import { renderSvg, svgToPng } from '@minat/charts/node';
import { type Lang, rowsToCsv, suppressionNote, type ValidatedSurvey } from '@minat/core';
import { dataTable, tableColumns } from './data-table.ts';
import { keyFindings } from './key-findings.ts';
import { methodology } from './methodology.ts';
import { reportCharts } from './report-charts.ts';
import { reportContext } from './report-context.ts';
import { type HtmlChart, reportHtml } from './report-html.ts';
import type { ReportResults } from './report-results.ts';
import { scopeSvgIds } from './scope-svg-ids.ts';

/** Options of {@link writeReport}. */
export interface WriteReportOptions {
  /** Directory to write into (created if missing). */
  dir: string;
  lang: Lang;
  /** The font CSS from `fontFaceCss`, shared between languages. */
  fontCss: string;
  /** Grouping keys shown in tables and their display names (e.g. `col_0` → `sex`). */
  groupNames?: Record<string, string>;
  /** Progress lines (e.g. to stderr). */
  progress?: (line: string) => void;
}

/**
 * Writes one language of the report: `NAME.svg`, `NAME.png` (2x), `NAME.vl.json` and `NAME.csv` for
 * every chart the results allow, and `index.html`.
 *
 * @param results - published results from `reportResults`
 * @param survey - the validated survey
 * @param options - {@link WriteReportOptions}
 * @returns the names of the charts written
 * @example await writeReport(results, survey, { dir: 'out/en', lang: 'en', fontCss })
 */
export async function writeReport(
  results: ReportResults,
  survey: ValidatedSurvey,
  options: WriteReportOptions,
): Promise<string[]> {
  const { dir, lang } = options;
  const say = options.progress ?? (() => {});
  await mkdir(dir, { recursive: true });
  const context = reportContext(survey, { en: '', id: '' });
  const groupName = groupNamer(survey, lang);
  const charts = reportCharts(results, survey, lang, context);
  const html: HtmlChart[] = [];
  const byKey = results.comparison?.by ?? results.heatmap?.by ?? '';
  const names = options.groupNames ?? {};
  const byName = (code: string) => groupName(byKey, code);
  const labels: Record<string, (code: string) => string> = { group: byName, reference: byName };
  for (const d of survey.schema.dimensions) labels[names[d.key] ?? d.key] = (code) => groupName(d.key, code);
  for (const chart of charts) {
    const file = (ext: string) => join(dir, `${chart.name}.${ext}`);
    say(`rendering ${lang}/${chart.name}.svg …`);
    const svg = await renderSvg(chart.spec);
    say(`rendering ${lang}/${chart.name}.png …`);
    const png = await svgToPng(svg, 2);
    const groups = Object.keys(names);
    const columns = tableColumns(chart.rows, groups);
    const renamed = chart.rows.map((r) => renameKeys(r, names));
    const csvColumns = columns.map((c) => names[c] ?? c);
    await Promise.all([
      writeFile(file('svg'), svg),
      writeFile(file('png'), png),
      writeFile(file('vl.json'), `${JSON.stringify(chart.spec, null, 2)}\n`),
      writeFile(file('csv'), rowsToCsv(renamed, csvColumns)),
    ]);
    html.push({
      name: chart.name,
      title: specTitle(chart.spec, chart.name),
      svg: scopeSvgIds(svg, chart.name),
      alt: altText(chart.spec, lang),
      table: dataTable(renamed, csvColumns, lang, labels),
    });
  }
  const note = suppressionNote(results.national, lang);
  const title =
    survey.schema.title?.[lang] ?? (lang === 'en' ? 'Destination preferences' : 'Preferensi negara tujuan');
  const source = survey.schema.source ?? survey.source.name;
  const subtitle =
    lang === 'en'
      ? `${results.wave ? `Wave ${results.wave}. ` : ''}Source: ${source}.`
      : `${results.wave ? `Putaran ${results.wave}. ` : ''}Sumber: ${source}.`;
  say(`writing ${lang}/index.html …`);
  await writeFile(
    join(dir, 'index.html'),
    reportHtml({
      lang,
      title,
      subtitle,
      findings: keyFindings(results, lang, byName),
      notes: note ? [note] : [],
      charts: html,
      methodology: methodology(survey, lang),
      fontCss: options.fontCss,
    }),
  );
  return charts.map((c) => c.name);
}

function specTitle(spec: object, fallback: string): string {
  const title = (spec as { title?: unknown }).title;
  if (typeof title === 'string') return title;
  const text = (title as { text?: unknown } | undefined)?.text;
  return typeof text === 'string' ? text : Array.isArray(text) ? text.join(' ') : fallback;
}

function renameKeys(row: Record<string, unknown>, names: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) out[names[k] ?? k] = v;
  return out;
}

function groupNamer(survey: ValidatedSurvey, lang: Lang) {
  return (key: string, code: string): string =>
    survey.schema.dimensions.find((d) => d.key === key)?.codes?.find((c) => c.code === code)?.label[lang] ??
    code;
}
