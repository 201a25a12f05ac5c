import type { Lang } from '@minat/core';
import { altItem } from '../../alt/alt-item.ts';
import { formatPercent } from '../../format/format-percent.ts';
import { chartMessage } from '../../messages/chart-message.ts';
import type { PlacementBar } from './placements-data.ts';

const LEADING = 6;

/**
 * The alt text of the placements chart: for the first six destinations, the survey share with its
 * interval against the placement share ("not published" where missing).
 * @param title - the chart's title
 * @param bars - the bars, two per destination (survey, placements)
 * @param lang - `en` or `id`
 * @example placementsAlt('Stated preference and actual placements', data.bars, 'en')
 */
export function placementsAlt(title: string, bars: readonly PlacementBar[], lang: Lang): string {
  const items: string[] = [];
  for (let i = 0; i + 1 < bars.length && items.length < LEADING; i += 2) {
    const survey = bars[i]!;
    const placed = bars[i + 1]!;
    const s =
      survey.value === null
        ? survey.missing
        : altItem('', survey.value, survey.ci_low, survey.ci_high, lang).trim();
    items.push(
      placed.value === null
        ? chartMessage('alt-versus-unpublished', { name: survey.label, survey: s }, lang)
        : chartMessage(
            'alt-versus',
            { name: survey.label, survey: s, placements: formatPercent(placed.value, lang) },
            lang,
          ),
    );
  }
  const body = items.length > 0 ? `${items.join('; ')}.` : chartMessage('alt-empty', {}, lang);
  return `${chartMessage('alt-bar', { title }, lang)} ${body}`;
}
