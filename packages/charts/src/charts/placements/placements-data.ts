import type { PlacementComparisonRow } from '@minat/core';
import { destinationName } from '../../format/destination-name.ts';
import { chartMessage } from '../../messages/chart-message.ts';
import type { NormalizedChartOptions } from '../../options/normalize-chart-options.ts';
import { assertUnique } from '../../rows/assert-unique.ts';
import { rowStatus } from '../../rows/row-status.ts';

/** One bar of the placements chart: a destination's survey share or placement share. */
export interface PlacementBar {
  code: string;
  label: string;
  /** `Survey: first choice` or `Placements <year>` (in the chart's language). */
  series: string;
  value: number | null;
  /** Where the value label starts: the interval's upper bound, else the value. */
  end: number | null;
  ci_low: number | null;
  ci_high: number | null;
  /** What is written when there is no value: "suppressed", "no estimate" or "not published". */
  missing: string;
}

/**
 * The bars of the placements chart: destinations leading either measure (the `top` largest by the
 * larger of survey share and placement share), in order of survey share; two bars each. A missing
 * placement share reads "not published" (the destination is not in the published lists), a missing
 * survey share "suppressed" when the row's flags say so, else "no estimate"; neither is drawn as zero.
 * @param rows - rows of `placementsComparison` for one group
 * @param options - normalised placements options
 * @example placementsData(placementsComparison(shares, { wave: 2026 }).rows, normalizeChartOptions('placements'))
 */
export function placementsData(
  rows: readonly PlacementComparisonRow[],
  options: NormalizedChartOptions,
): {
  bars: PlacementBar[];
  destinations: string[];
  series: [string, string];
  year: number | null;
  codes: string[];
} {
  const { lang, labels } = options;
  assertUnique(rows as readonly Record<string, unknown>[], ['destination'], 'placements');
  const year = rows.find((r) => r.placement_year !== null)?.placement_year ?? null;
  const series: [string, string] = [
    chartMessage('series-survey', {}, lang),
    chartMessage('series-placements', { year: year ?? '' }, lang),
  ];
  const size = (r: PlacementComparisonRow) => Math.max(r.survey_share ?? 0, r.placement_share ?? 0);
  const chosen = rows
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => r.destination !== 'ZZ')
    .sort((a, b) => size(b.r) - size(a.r) || a.i - b.i)
    .slice(0, options.top)
    .sort((a, b) => (b.r.survey_share ?? -1) - (a.r.survey_share ?? -1) || a.i - b.i)
    .map(({ r }) => r);
  const bars = chosen.flatMap((r): PlacementBar[] => {
    const label = destinationName(r.destination, lang, labels);
    const surveyMissing =
      Array.isArray(r['flags']) && rowStatus(r as Record<string, unknown>, 'survey_share') === 'suppressed'
        ? 'suppressed'
        : 'no-estimate';
    return [
      {
        code: r.destination,
        label,
        series: series[0],
        value: r.survey_share,
        end: r.survey_ci_high ?? r.survey_share,
        ci_low: r.survey_ci_low,
        ci_high: r.survey_ci_high,
        missing: r.survey_share === null ? chartMessage(surveyMissing, {}, lang) : '',
      },
      {
        code: r.destination,
        label,
        series: series[1],
        value: r.placement_share,
        end: r.placement_share,
        ci_low: null,
        ci_high: null,
        missing: r.placement_share === null ? chartMessage('not-published', {}, lang) : '',
      },
    ];
  });
  return {
    bars,
    destinations: chosen.map((r) => destinationName(r.destination, lang, labels)),
    series,
    year,
    codes: chosen.map((r) => r.destination),
  };
}
