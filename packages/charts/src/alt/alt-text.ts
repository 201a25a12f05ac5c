import { type Lang, MinatError } from '@minat/core';
import type { TopLevelSpec } from 'vega-lite';
import { destinationName } from '../format/destination-name.ts';
import { chartMessage } from '../messages/chart-message.ts';
import { rowStatus } from '../rows/row-status.ts';
import { altItem } from './alt-item.ts';
import { joinList } from './join-list.ts';

const LEADING = 5;

function fromRows(rows: readonly Record<string, unknown>[], lang: Lang): string {
  const shown = rows
    .map((row, i) => ({ row, i, status: rowStatus(row) }))
    .filter((x) => x.status !== 'suppressed' && x.status !== 'missing')
    .sort((a, b) => (b.row['estimate'] as number) - (a.row['estimate'] as number) || a.i - b.i);
  const name = (row: Record<string, unknown>) => destinationName(String(row['destination'] ?? ''), lang);
  const items = shown
    .slice(0, LEADING)
    .map(({ row }) =>
      altItem(name(row), row['estimate'] as number, row['ci_low'] as number, row['ci_high'] as number, lang),
    );
  if (shown.length > LEADING) items.push(chartMessage('alt-more', { count: shown.length - LEADING }, lang));
  const parts = items.length > 0 ? [`${items.join(', ')}.`] : [chartMessage('alt-empty', {}, lang)];
  const suppressed = rows.filter((r) => rowStatus(r) === 'suppressed').map(name);
  if (suppressed.length > 0)
    parts.push(chartMessage('alt-suppressed', { names: joinList(suppressed, lang) }, lang));
  return parts.join(' ');
}

/**
 * A text alternative for a chart, generated from its data: the leading items with their intervals
 * (e.g. "Japan 28.7% (27.0–30.5%), Germany 13.6% (12.4–14.9%), …") and what is suppressed.
 *
 * - Given a spec made by a builder of this package, returns the alt text the builder wrote from its
 *   data (also the spec's `description`), which names the chart type, title, leading items, ties and
 *   suppressed values.
 * - Given estimate rows (`destination`, `estimate`, `ci_low`, `ci_high`, `flags`), lists the five
 *   largest estimates with their intervals, then the suppressed destinations.
 *
 * @param input - a spec from a builder, or estimate rows
 * @param lang - language; for a spec, default (and only allowed value) the spec's language; for rows, default `en`
 * @returns the alt text
 * @throws MinatError `option-invalid` for a spec not made by a builder, or asked in another language
 * @example altText(rankingChart(rows, { lang: 'id' })) // 'Diagram batang. … Jepang 28,7% (27,0–30,5%), …'
 */
export function altText(input: TopLevelSpec | readonly Record<string, unknown>[], lang?: Lang): string {
  if (Array.isArray(input)) return fromRows(input, lang ?? 'en');
  const meta = (input as { usermeta?: { minat?: { alt?: string; lang?: Lang } } }).usermeta?.minat;
  if (typeof meta?.alt !== 'string') {
    throw new MinatError(
      'option-invalid',
      'invalid spec for altText: expected a spec made by a @minat/charts builder (usermeta.minat.alt) or estimate rows',
      { expected: 'a builder spec or estimate rows' },
    );
  }
  if (lang !== undefined && lang !== meta.lang) {
    throw new MinatError(
      'option-invalid',
      `invalid lang ${JSON.stringify(lang)} for this spec: it was built in ${meta.lang}; build the chart with lang "${lang}" for its alt text`,
      { value: lang, expected: String(meta.lang) },
    );
  }
  return meta.alt;
}
