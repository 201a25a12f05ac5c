import type { Lang, ReadinessRow } from '@minat/core';
import type { TopLevelSpec } from 'vega-lite';
import { formatNumber } from '../../format/format-number.ts';
import { chartFooter } from '../../frame/chart-footer.ts';
import { frameChart } from '../../frame/frame-chart.ts';
import { chartMessage } from '../../messages/chart-message.ts';
import type { ChartOptions } from '../../options/chart-options.ts';
import { normalizeChartOptions } from '../../options/normalize-chart-options.ts';
import { requireColumns } from '../../rows/require-columns.ts';
import { PALETTE } from '../../theme/palette.ts';
import { reliabilityOpacity } from '../shared/reliability-opacity.ts';
import { readinessAlt } from './readiness-alt.ts';
import { readinessData } from './readiness-data.ts';

const STAGE_COLOURS = ['#BDBDBD', '#9ECAE9', '#56B4E9', PALETTE.accent];
const STEP = 36;

/**
 * Intention and readiness of those who prefer each destination (the first `top`, default 6), side
 * by side: left, the intention funnel as a stacked bar of the stages (interested, planning,
 * preparing: the share at each stage among supporters who answered); right, the readiness indicators
 * with their confidence intervals (planning or preparing, meeting the destination's language
 * requirement, holding a skill certificate), faded when less reliable, × where suppressed. The
 * language requirements read are listed in the footer.
 *
 * @param rows - published readiness rows of one group: `publishRows(readiness(survey, design).rows)`
 * @param options - {@link ChartOptions}; defaults: `lang` en, `top` 6, width 520
 * @returns a Vega-Lite spec with its data inline
 * @throws MinatError `option-invalid` for a bad option or repeated destination × indicator rows
 * @example readinessChart(publishRows(readiness(survey, design, { filter: { wave: ['2026'] } }).rows), { lang: 'id' })
 */
export function readinessChart(rows: readonly ReadinessRow[], options: ChartOptions = {}): TopLevelSpec {
  const o = normalizeChartOptions('readiness', options);
  requireColumns(rows, ['destination', 'indicator', 'estimate', 'ci_low', 'ci_high', 'flags'], 'readiness');
  const { lang } = o;
  const data = readinessData(rows, o);
  const left = Math.round(o.width * 0.42);
  const right = o.width - left;
  // Segments are laid end to end in stage order here, so bars and their labels share one layout.
  const funnel = data.funnel
    .filter((d) => d.estimate !== null)
    .sort((a, b) => data.codes.indexOf(a.code) - data.codes.indexOf(b.code) || a.order - b.order)
    .map((d, i, all) => {
      const start = all
        .slice(0, i)
        .filter((e) => e.code === d.code)
        .reduce((sum, e) => sum + e.estimate!, 0);
      return {
        ...d,
        start,
        end: start + d.estimate!,
        mid: start + d.estimate! / 2,
        text: d.estimate! >= 0.1 ? `${formatNumber(d.estimate! * 100, lang)}%` : '',
        light: d.indicator === 'stage:preparing' ? 1 : 0,
      };
    });
  const height = STEP * data.destinations.length;
  const y = { field: 'label', type: 'nominal', sort: data.destinations, title: null };
  const share = (title: string) => ({
    type: 'quantitative',
    scale: { domain: [0, 1], nice: false },
    axis: { format: '.0%', title, tickCount: 5 },
  });
  const valued = { filter: { field: 'status', oneOf: ['reliable', 'caution', 'unreliable'] } };
  const indicatorColour = {
    field: 'name',
    type: 'nominal',
    sort: data.indicators,
    scale: {
      domain: data.indicators,
      range: [PALETTE.second, PALETTE.third, PALETTE.fourth].slice(0, data.indicators.length),
    },
    legend: { title: null, orient: 'bottom', direction: 'vertical', labelLimit: 260 },
  };
  const yOffset = { field: 'name', type: 'nominal', sort: data.indicators, scale: { paddingInner: 0.1 } };
  const requirements = data.codes
    .map((code) => data.ready.find((d) => d.code === code && d.indicator === 'language'))
    .filter((d) => d?.requirement)
    .map((d) => `${d!.label} ${requirementWords(d!.requirement!, lang)}`);
  const level = formatNumber(o.context.level * 100, lang, Number.isInteger(o.context.level * 100) ? 0 : 1);
  const title = o.title ?? chartMessage('readiness-title', {}, lang);
  return frameChart({
    options: o,
    title,
    subtitle: chartMessage('readiness-subtitle', { level }, lang),
    textWidth: o.width + 160,
    body: {
      hconcat: [
        {
          title: { text: chartMessage('readiness-funnel', {}, lang), fontSize: 12, anchor: 'start' },
          width: left,
          height,
          data: { values: funnel },
          encoding: { y },
          layer: [
            {
              transform: [valued],
              mark: { type: 'bar', height: { band: 0.6 }, stroke: '#FFFFFF', strokeWidth: 0.5 },
              encoding: {
                x: { field: 'start', ...share(chartMessage('axis-share-supporters', {}, lang)) },
                x2: { field: 'end' },
                color: {
                  field: 'name',
                  type: 'nominal',
                  sort: data.stages,
                  scale: { domain: data.stages, range: STAGE_COLOURS.slice(4 - data.stages.length) },
                  legend: { title: null, orient: 'bottom', direction: 'vertical' },
                },
              },
            },
            ...[0, 1].map((light) => ({
              transform: [valued, { filter: { field: 'light', equal: light } }],
              mark: { type: 'text', fontSize: 9.5, color: light ? '#FFFFFF' : PALETTE.text },
              encoding: {
                x: { field: 'mid', type: 'quantitative' },
                text: { field: 'text', type: 'nominal' },
              },
            })),
          ],
        },
        {
          title: { text: chartMessage('readiness-ready', {}, lang), fontSize: 12, anchor: 'start' },
          width: right,
          height,
          data: { values: data.ready },
          encoding: { y: { ...y, axis: { labels: false, ticks: false, domain: false } }, yOffset },
          layer: [
            {
              transform: [valued],
              mark: { type: 'rule', strokeWidth: 1.2 },
              encoding: {
                x: { field: 'ci_low', ...share(chartMessage('axis-share-supporters', {}, lang)) },
                x2: { field: 'ci_high' },
                color: indicatorColour,
              },
            },
            {
              transform: [valued],
              mark: { type: 'circle', size: 55 },
              encoding: {
                x: { field: 'estimate', type: 'quantitative' },
                color: indicatorColour,
                opacity: reliabilityOpacity(data.ready, lang),
              },
            },
            {
              transform: [{ filter: { field: 'status', equal: 'suppressed' } }],
              mark: { type: 'text', align: 'left', dx: 2, fontSize: 10, color: PALETTE.muted },
              encoding: { x: { datum: 0, type: 'quantitative' }, text: { value: '×' } },
            },
          ],
        },
      ],
      resolve: { scale: { color: 'independent', opacity: 'independent' } },
    },
    footer: chartFooter(
      rows.filter((r) => data.codes.includes(r.destination)) as readonly Record<string, unknown>[],
      o,
      {
        cue: 'faded',
        extra:
          requirements.length > 0
            ? [chartMessage('requirements', { items: requirements.join('; ') }, lang)]
            : [],
      },
    ),
    alt: readinessAlt(title, data.ready, data.codes, lang),
  });
}

/**
 * A requirement as core writes it ("JLPT N4+ or JFT-Basic A2", "EPS-TOPIK passed"), in the chart's
 * language: the connecting words translated, the framework names and levels kept.
 */
function requirementWords(text: string, lang: Lang): string {
  if (lang !== 'id') return text;
  return text
    .replace(/ or /g, ' atau ')
    .replace(/\bpassed\b/g, 'lulus')
    .replace(/\bpass\b/g, 'lulus');
}
