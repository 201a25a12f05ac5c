import type { GroupDifference } from '@minat/core';
import { destinationName } from '../../format/destination-name.ts';
import { formatPoints } from '../../format/format-points.ts';
import { chartMessage } from '../../messages/chart-message.ts';
import type { NormalizedChartOptions } from '../../options/normalize-chart-options.ts';
import { assertUnique } from '../../rows/assert-unique.ts';

/** One comparison of the dumbbell chart: a destination, one group against the reference. */
export interface DumbbellPair {
  code: string;
  label: string;
  group: string;
  reference: string;
  group_estimate: number | null;
  reference_estimate: number | null;
  difference: number | null;
  ci_low: number | null;
  ci_high: number | null;
  p_value: number | null;
  /** Whether the difference is significant at `alpha`; null when suppressed or untestable. */
  significant: boolean | null;
  /** Legend text: significant or not; null when suppressed or untestable. */
  significance: string | null;
  /** The difference column: signed points with `*` when significant, or "suppressed". */
  text: string;
  suppressed: boolean;
}

/**
 * The pairs of a dumbbell chart: the first `top` destinations in the rows' order (`@minat/core`
 * orders them by overall share), each group against the reference; group codes shown by `labels`.
 * @param rows - published comparison rows (`publishComparison(compareGroups(...))`)
 * @param options - normalised comparison options
 * @example dumbbellData(rows, normalizeChartOptions('comparison', { labels: { F: 'Female', M: 'Male' } }))
 */
export function dumbbellData(
  rows: readonly GroupDifference[],
  options: NormalizedChartOptions,
): { pairs: DumbbellPair[]; destinations: string[]; groups: string[]; reference: string } {
  const { lang, labels, alpha } = options;
  assertUnique(rows as unknown as Record<string, unknown>[], ['group', 'destination'], 'comparison');
  const codes: string[] = [];
  const groupCodes: string[] = [];
  for (const r of rows) {
    if (!codes.includes(r.destination)) codes.push(r.destination);
    if (!groupCodes.includes(r.group)) groupCodes.push(r.group);
  }
  const shown = new Set(codes.slice(0, options.top));
  const name = (code: string) => labels[code] ?? code;
  const yes = chartMessage(
    'significant',
    { alpha: String(alpha).replace('.', lang === 'id' ? ',' : '.') },
    lang,
  );
  const no = chartMessage('not-significant', {}, lang);
  const pairs = rows
    .filter((r) => shown.has(r.destination))
    .map((r): DumbbellPair => {
      const suppressed = r.flags.some((f) => f.startsWith('suppressed:'));
      const significant = r.p_value !== null && r.p_value < alpha;
      const testable = !suppressed && r.difference !== null && r.p_value !== null;
      return {
        code: r.destination,
        label: destinationName(r.destination, lang, labels),
        group: name(r.group),
        reference: name(r.reference),
        group_estimate: suppressed ? null : r.group_estimate,
        reference_estimate: suppressed ? null : r.reference_estimate,
        difference: suppressed ? null : r.difference,
        ci_low: suppressed ? null : r.ci_low,
        ci_high: suppressed ? null : r.ci_high,
        p_value: suppressed ? null : r.p_value,
        significant: testable ? significant : null,
        significance: testable ? (significant ? yes : no) : null,
        text: suppressed
          ? chartMessage('suppressed', {}, lang)
          : r.difference === null
            ? ''
            : `${formatPoints(r.difference, lang)}${significant ? '*' : ''}`,
        suppressed,
      };
    });
  return {
    pairs,
    destinations: codes.slice(0, options.top).map((c) => destinationName(c, lang, labels)),
    groups: groupCodes.map(name),
    reference: name(rows[0]?.reference ?? ''),
  };
}
