import { destinationName, heatmap, provinceTileMap } from '@minat/charts';
import { type EstimateResult, estimateShares, publishRows } from '@minat/core';
import { t } from '../../i18n/messages.ts';
import type { AnalysisContext } from '../analysis-context.ts';
import { chartPayload } from '../chart-payload.ts';
import type { ViewNote } from '../protocol.ts';
import { narrowLegends } from './narrow-legends.ts';
import { narrowTileMap } from './narrow-tile-map.ts';
import { originSummary } from './origin-summary.ts';
import { nationalShares } from './shared-estimates.ts';
import type { ViewAnalysis } from './view-analysis.ts';

/**
 * Origin view: the province tile map of the share choosing one destination (the page's choice, else
 * the leading destination), and the province × destination heatmap, both from one estimate by
 * province (as the CLI report draws them). A survey without a province column gets a note instead.
 */
export const originAnalysis: ViewAnalysis = {
  fast: (context) => {
    const { request, survey } = context;
    const lang = request.lang;
    if (!survey.province)
      return { charts: [], notes: [{ level: 'info', text: t(lang, 'origin.noProvince') }] };
    const rows = publishRows(byProvince(context).rows, context.publish);
    const national = publishRows(nationalShares(context).rows, context.publish)
      .filter((r) => r.estimate !== null)
      .sort((a, b) => b.estimate! - a.estimate!);
    const leading = national[0]?.destination;
    if (leading === undefined)
      return { charts: [], notes: [{ level: 'info', text: t(lang, 'origin.empty') }] };
    const notes: ViewNote[] = [];
    const wanted = request.destination;
    const known = wanted !== '' && rows.some((r) => r.destination === wanted);
    if (wanted !== '' && !known) {
      notes.push({
        level: 'info',
        text: t(lang, 'origin.notFound', { code: wanted, destination: destinationName(leading, lang) }),
      });
    }
    const destination = known ? wanted : leading;
    const mapped = rows.filter((r) => r.destination === destination);
    const chart = context.chart(context.base());
    const summary = originSummary(mapped, destination, lang);
    const map = provinceTileMap(mapped, {
      lang,
      destination,
      context: chart,
      ...context.size('province-map'),
    });
    const grid = heatmap(rows, {
      lang,
      context: chart,
      group: 'province',
      ...context.size('heatmap'),
      ...narrowHeatmap(context),
    });
    return {
      ...(summary ? { summary } : {}),
      charts: [
        chartPayload(
          'province-map',
          'province-map',
          context.request.narrow ? narrowTileMap(map) : map,
          mapped,
        ),
        chartPayload('heatmap', 'heatmap', context.request.narrow ? narrowLegends(grid) : grid, rows),
      ],
      notes,
    };
  },
};

/**
 * On a phone the heatmap keeps the first 5 destinations at their minimum cell width (34 px), and its
 * footer (which starts under the grid, right of the province names) wraps to the grid's width.
 */
function narrowHeatmap(context: AnalysisContext): { top?: number; width?: number; textWidth?: number } {
  return context.request.narrow ? { top: 5, width: 5 * 34, textWidth: 175 } : {};
}

function byProvince(context: AnalysisContext): EstimateResult {
  const { session, survey, design } = context;
  return session.cached(`province:${context.key}`, () =>
    estimateShares(survey, design, { ...context.estimate, by: ['province'] }),
  );
}
