import { destinationName, formatNumber, formatPercent, formatPoints } from '@minat/charts';
import type { GroupDifference, Lang } from '@minat/core';
import { t } from '../../i18n/messages.ts';

/** Significance level of the differences called significant (the dumbbell chart's default). */
export const COMPARE_ALPHA = 0.05;

/**
 * A p-value as the summaries write it after "p": `< 0.001` below 0.001, else `= 0.012` (3 decimals),
 * in the language's number format.
 * @example pText(0.0123, 'id') // '= 0,012'
 */
export function pText(p: number, lang: Lang): string {
  return p < 0.001 ? `< ${formatNumber(0.001, lang, 3)}` : `= ${formatNumber(p, lang, 3)}`;
}

/**
 * The comparison in words: the largest significant difference (by size) with both shares and its
 * p-value, and how many destinations differ significantly; or that none does.
 * @param rows - published comparison rows of one level `b` against the reference `a`
 * @param names - the two levels' names in `lang`
 * @param lang - `en` or `id`
 * @param waves - true when `a` and `b` are two waves (worded as a change from `a` to `b`)
 * @example compareSummary(rows, { a: 'Male', b: 'Female' }, 'en')
 */
export function compareSummary(
  rows: readonly GroupDifference[],
  names: { a: string; b: string },
  lang: Lang,
  waves = false,
): string | undefined {
  const tested = rows.filter((r) => r.difference !== null && r.p_value !== null);
  if (tested.length === 0) return undefined;
  const significant = tested.filter((r) => r.p_value! < COMPARE_ALPHA);
  const top = [...significant].sort((x, y) => Math.abs(y.difference!) - Math.abs(x.difference!))[0];
  if (!top || top.group_estimate === null || top.reference_estimate === null)
    return t(lang, 'compare.summaryNone', { ...names, total: tested.length });
  return t(lang, waves ? 'compare.summaryWaves' : 'compare.summary', {
    ...names,
    destination: destinationName(top.destination, lang),
    shareA: formatPercent(top.reference_estimate, lang),
    shareB: formatPercent(top.group_estimate, lang),
    difference: formatPoints(top.difference!, lang),
    p: pText(top.p_value!, lang),
    count: significant.length,
    total: tested.length,
  });
}
