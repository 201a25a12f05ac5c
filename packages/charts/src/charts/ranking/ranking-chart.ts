import type { EstimateRow, RankingRow } from '@minat/core';
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
import { rankingAlt } from './ranking-alt.ts';
import { rankingData } from './ranking-data.ts';
import { tieBrackets } from './tie-brackets.ts';

/** Options of {@link rankingChart}. */
export interface RankingChartOptions extends ChartOptions {
  /**
   * The share of all destinations outside the top N, estimated by `@minat/core` as its own share with
   * its interval (one row, `destination` e.g. `other`). Drawn as a grey bar below the ranking; the
   * chart never sums shares itself.
   */
  other?: EstimateRow | Record<string, unknown>;
}

const LABEL_PX = 44;
const BRACKET_PX = 44;
const STEP = 22;

/**
 * Ranked destinations: horizontal bars sorted by rank with confidence-interval whiskers and value
 * labels; the top N (`top`, default 10) plus the caller's `other` row; destinations whose shares do
 * not differ significantly (`tie_group` of a ranking) joined by a bracket marked "tie"; unreliable
 * and caution estimates faded, with a reliability legend; for the rows of a ranking, tooltips with the
 * probability of being first and the rank interval ("not computed" without bootstrap replicates);
 * suppressed destinations labelled
 * "suppressed" at zero with no bar (never a zero bar).
 *
 * @param rows - rows of one group: `publishRanking` rows (with `rank`, `tie_group`) or published estimate rows
 * @param options - {@link RankingChartOptions}; defaults: `lang` en, `top` 10, width 460
 * @returns a Vega-Lite spec with its data inline
 * @throws MinatError `option-invalid` for a bad option or rows of several groups
 * @example rankingChart(publishRanking(rankDestinations(survey, design)), { lang: 'id', top: 8 })
 */
export function rankingChart(
  rows: readonly (EstimateRow | RankingRow)[],
  options: RankingChartOptions = {},
): TopLevelSpec {
  const o = normalizeChartOptions('ranking', options);
  requireColumns(rows, ['destination', 'estimate', 'ci_low', 'ci_high', 'flags'], 'ranking');
  const { lang, width } = o;
  const data = rankingData(rows as readonly Record<string, unknown>[], o);
  const ranked = rows.some((r) => typeof (r as Record<string, unknown>)['rank'] === 'number');
  const brackets = tieBrackets(data);
  const high = Math.max(0.01, ...data.map((d) => d.ci_high ?? d.estimate ?? 0));
  const domainMax = (high * width) / (width - LABEL_PX - (brackets.length > 0 ? BRACKET_PX : 0));
  const unit = domainMax / width;
  const labels = data.map((d) => d.label);
  const y = { field: 'label', type: 'nominal', sort: labels, title: null, axis: { labelLimit: 160 } };
  const x = {
    type: 'quantitative',
    scale: { domain: [0, domainMax], nice: false },
    axis: {
      // Whole percentages, or tenths when every share is under 5% (else ticks would repeat "0% 0% 1%").
      format: domainMax < 0.05 ? '.1%' : '.0%',
      tickMinStep: domainMax < 0.05 ? 0.001 : 0.01,
      title: chartMessage('axis-share', {}, lang),
      grid: true,
      ...(domainMax > 1 ? { values: [0, 0.2, 0.4, 0.6, 0.8, 1] } : { tickCount: 5 }),
    },
  };
  const valued = { filter: { field: 'status', oneOf: ['reliable', 'caution', 'unreliable'] } };
  const layers: Record<string, unknown>[] = [
    {
      transform: [valued],
      mark: { type: 'bar', height: { band: 0.7 } },
      encoding: {
        x: { field: 'estimate', ...x },
        color: {
          field: 'kind',
          type: 'nominal',
          scale: { domain: ['destination', 'other'], range: [PALETTE.accent, PALETTE.context] },
          legend: null,
        },
        opacity: reliabilityOpacity(data, lang),
        tooltip: [
          { field: 'label', type: 'nominal', title: chartMessage('legend-destination', {}, lang) },
          {
            field: 'estimate',
            type: 'quantitative',
            format: '.1%',
            title: chartMessage('legend-share', {}, lang),
          },
          {
            field: 'ci_low',
            type: 'quantitative',
            format: '.1%',
            title: chartMessage('tooltip-ci-low', {}, lang),
          },
          {
            field: 'ci_high',
            type: 'quantitative',
            format: '.1%',
            title: chartMessage('tooltip-ci-high', {}, lang),
          },
          // Rows of a ranking get both, whether or not their replicates are computed yet ("not
          // computed" until then): a ranking's chart keeps one structure while its numbers arrive.
          ...(ranked
            ? [
                {
                  field: 'p_first_text',
                  type: 'nominal',
                  title: chartMessage('tooltip-p-first', {}, lang),
                },
                {
                  field: 'rank_interval_text',
                  type: 'nominal',
                  title: chartMessage('tooltip-rank-interval', {}, lang),
                },
              ]
            : []),
          { field: 'status_label', type: 'nominal', title: chartMessage('tooltip-reliability', {}, lang) },
        ],
      },
    },
    {
      transform: [valued],
      mark: { type: 'rule', color: PALETTE.interval, strokeWidth: 1.2 },
      encoding: { x: { field: 'ci_low', type: 'quantitative' }, x2: { field: 'ci_high' } },
    },
    {
      transform: [valued],
      mark: { type: 'text', align: 'left', baseline: 'middle', dx: 4, fontSize: 10.5 },
      encoding: {
        x: { field: 'ci_high', type: 'quantitative' },
        text: { field: 'estimate', type: 'quantitative', format: '.1%' },
      },
    },
    {
      transform: [{ filter: { field: 'status', oneOf: ['suppressed', 'missing'] } }],
      mark: { type: 'text', align: 'left', baseline: 'middle', dx: 3, color: PALETTE.muted, fontSize: 10.5 },
      encoding: {
        x: { datum: 0, type: 'quantitative' },
        text: { field: 'status_text', type: 'nominal' },
      },
    },
  ];
  if (brackets.length > 0) {
    const rule = { color: PALETTE.muted, thickness: 1 };
    const at = (position: string) => ({ filter: { field: 'bracket_position', equal: position } });
    const half = STEP / 2;
    layers.push(
      ...[
        ['first', half / 2, half],
        ['middle', 0, STEP],
        ['last', -half / 2, half],
      ].map(([position, offset, size]) => ({
        transform: [at(position as string)],
        mark: { type: 'tick', ...rule, yOffset: offset, size },
        encoding: { x: { field: 'bracket_x', type: 'quantitative' } },
      })),
      {
        transform: [{ filter: { field: 'bracket_x', valid: true } }],
        mark: { type: 'rule', color: PALETTE.muted, strokeWidth: 1 },
        encoding: { x: { field: 'bracket_tick', type: 'quantitative' }, x2: { field: 'bracket_x' } },
      },
      {
        transform: [at('first')],
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: 3, color: PALETTE.muted, fontSize: 10 },
        encoding: {
          x: { field: 'bracket_x', type: 'quantitative' },
          text: { value: chartMessage('tie', {}, lang) },
        },
      },
    );
  }
  const values = data.map((d) => {
    const b = brackets.find((x) => x.members.includes(d.label));
    return {
      ...d,
      status_text:
        d.status === 'suppressed'
          ? chartMessage('suppressed', {}, lang)
          : d.status === 'missing'
            ? chartMessage('no-estimate', {}, lang)
            : '',
      bracket_x: b ? b.x + (LABEL_PX - 2) * unit : null,
      bracket_tick: b ? b.x + (LABEL_PX - 8) * unit : null,
      bracket_position: !b ? null : b.from === d.label ? 'first' : b.to === d.label ? 'last' : 'middle',
    };
  });
  const measure = chartMessage(`measure-${String(rows[0]?.measure ?? 'first')}`, {}, lang);
  const level = formatNumber(o.context.level * 100, lang, Number.isInteger(o.context.level * 100) ? 0 : 1);
  const title = o.title ?? chartMessage('ranking-title', {}, lang);
  const subtitle = [chartMessage('ranking-subtitle', { measure, level }, lang)];
  if (brackets.length > 0) subtitle.push(chartMessage('ranking-ties', {}, lang));
  return frameChart({
    options: o,
    title,
    subtitle: subtitle.join('. '),
    body: {
      width,
      height: { step: STEP },
      data: { values },
      encoding: { y },
      layer: layers,
    },
    footer: chartFooter(
      [
        ...rows.filter((r) => data.some((d) => d.kind === 'destination' && d.code === r.destination)),
        ...(o.other ? [o.other] : []),
      ] as Record<string, unknown>[],
      o,
      { cue: 'faded' },
    ),
    alt: rankingAlt(title, data, brackets, lang),
  });
}
