import { MinatError, provinces } from '@minat/core';
import { destinationName } from '../../format/destination-name.ts';
import { chartMessage } from '../../messages/chart-message.ts';
import type { NormalizedChartOptions } from '../../options/normalize-chart-options.ts';
import { rowStatus } from '../../rows/row-status.ts';
import type { ProvinceTile } from './province-tile.ts';

/**
 * The 38 tiles of the province map in `top` mode: each province's destination ranked first
 * (`rank` 1 of a ranking by province). Where another destination is in the leader's tie group (not
 * significantly behind), the tile says "tie" and is grey; where every share is suppressed, the tile
 * is marked ×. The `top` most frequent leaders get colours; rarer ones share the last category.
 * @param rows - ranking rows by `province` (`publishRanking(rankDestinations(survey, design, { by: ['province'] }))`)
 * @param options - normalised province-map options
 * @returns the tiles and the colour categories in legend order
 * @throws MinatError `option-invalid` when the rows have no `rank` column
 * @example provinceTopTiles(rows, normalizeChartOptions('province-map', { mode: 'top' }))
 */
export function provinceTopTiles(
  rows: readonly Record<string, unknown>[],
  options: NormalizedChartOptions,
): { tiles: ProvinceTile[]; categories: string[] } {
  const { lang } = options;
  if (rows.length > 0 && !('rank' in rows[0]!)) {
    throw new MinatError(
      'option-invalid',
      'invalid rows for province-map in top mode: no rank column; expected ranking rows by province (rankDestinations with by: ["province"])',
      { column: 'rank', expected: 'ranking rows by province' },
    );
  }
  const tie = chartMessage('no-clear-first', {}, lang);
  const tiles = provinces.map((p): ProvinceTile => {
    const own = rows.filter((r) => String(r['province']) === p.bpsCode);
    const leader = own.find((r) => r['rank'] === 1 && rowStatus(r) !== 'suppressed');
    const tied =
      leader !== undefined &&
      leader['tie_group'] !== null &&
      own.some((r) => r !== leader && r['tie_group'] === leader['tie_group'] && rowStatus(r) !== 'missing');
    const status = leader
      ? rowStatus(leader)
      : own.some((r) => rowStatus(r) === 'suppressed')
        ? 'suppressed'
        : 'missing';
    const code = leader ? String(leader['destination']) : null;
    const name = code === null ? null : destinationName(code, lang, options.labels);
    return {
      province: p.bpsCode,
      name: p.name[lang],
      col: p.tile.col,
      row: p.tile.row,
      tile: p.tile.label,
      estimate: leader ? (leader['estimate'] as number) : null,
      ci_low: leader ? (leader['ci_low'] as number | null) : null,
      ci_high: leader ? (leader['ci_high'] as number | null) : null,
      status,
      value: status === 'suppressed' ? '×' : tied ? chartMessage('tie', {}, lang) : (code ?? ''),
      category: name === null ? null : tied ? tie : name,
      leader: name,
      light: 0,
    };
  });
  const counts = new Map<string, number>();
  for (const t of tiles)
    if (t.category !== null && t.category !== tie) counts.set(t.category, (counts.get(t.category) ?? 0) + 1);
  const ordered = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en')).map(([c]) => c);
  const kept = ordered.slice(0, options.top);
  const other = chartMessage('other-destinations', {}, lang);
  for (const t of tiles)
    if (t.category !== null && t.category !== tie && !kept.includes(t.category)) t.category = other;
  const categories = [
    ...kept,
    ...(ordered.length > kept.length ? [other] : []),
    ...(tiles.some((t) => t.category === tie) ? [tie] : []),
  ];
  return { tiles, categories };
}
