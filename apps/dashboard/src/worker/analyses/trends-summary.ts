import { destinationName, formatPercent, formatPoints } from '@minat/charts';
import type { Lang, TrendChange } from '@minat/core';
import { t } from '../../i18n/messages.ts';

const ALPHA = 0.05;

/**
 * The trend in words: between the first and the last wave, the destination whose share rose most and
 * the one that fell most, each with both shares, the change in points and whether it is significant
 * (p < 0.05, independent samples). With two waves that is their one consecutive change.
 * @param changes - published change rows (`publishTrend(trend(...)).changes`)
 * @param waves - the waves in order
 * @param lang - `en` or `id`
 * @example trendsSummary(published.changes, ['2023', '2026'], 'en')
 */
export function trendsSummary(
  changes: readonly TrendChange[],
  waves: readonly string[],
  lang: Lang,
): string | undefined {
  const from = waves[0];
  const to = waves.at(-1);
  if (from === undefined || to === undefined || from === to) return undefined;
  const span = waves.length > 2 ? 'first-last' : 'consecutive';
  const known = changes.filter(
    (c) =>
      c.span === span &&
      c.from_wave === from &&
      c.to_wave === to &&
      c.change !== null &&
      c.from_estimate !== null &&
      c.to_estimate !== null,
  );
  if (known.length === 0) return undefined;
  const sorted = [...known].sort((x, y) => y.change! - x.change!);
  const rise = sorted[0]!;
  const fall = sorted.at(-1)!;
  const words = (c: TrendChange) => ({
    destination: destinationName(c.destination, lang),
    a: formatPercent(c.from_estimate!, lang),
    b: formatPercent(c.to_estimate!, lang),
    change: formatPoints(c.change!, lang),
    significance: t(
      lang,
      c.p_value !== null && c.p_value < ALPHA ? 'trends.significant' : 'trends.notSignificant',
    ),
  });
  const parts = [
    rise.change! > 0
      ? t(lang, 'trends.summaryRise', { from, to, ...words(rise) })
      : t(lang, 'trends.summaryFlat', { from, to }),
  ];
  if (fall.change! < 0) parts.push(t(lang, 'trends.summaryFall', words(fall)));
  return parts.join(' ');
}
