import { provinces } from '@minat/core';
import { destinationName } from '../../format/destination-name.ts';
import { formatNumber } from '../../format/format-number.ts';
import type { NormalizedChartOptions } from '../../options/normalize-chart-options.ts';
import { rowStatus } from '../../rows/row-status.ts';
import type { ProvinceTile } from './province-tile.ts';

/**
 * The 38 tiles of the province map in `share` mode: each province's share choosing one destination
 * (`options.destination`, default the first destination of the rows). Provinces without a row are
 * `missing`; suppressed shares keep their tile, grey and marked ×.
 * @param rows - estimate rows by `province` (BPS codes)
 * @param options - normalised province-map options
 * @returns the tiles and the destination's display name
 * @example provinceShareTiles(rows, normalizeChartOptions('province-map', { destination: 'JP' }))
 */
export function provinceShareTiles(
  rows: readonly Record<string, unknown>[],
  options: NormalizedChartOptions,
): { tiles: ProvinceTile[]; destination: string; code: string } {
  const { lang } = options;
  const code = options.destination ?? String(rows[0]?.['destination'] ?? '');
  const mine = rows.filter((r) => r['destination'] === code);
  const max = Math.max(
    0.01,
    ...mine.map((r) => (rowStatus(r) === 'suppressed' ? 0 : Number(r['estimate']) || 0)),
  );
  const tiles = provinces.map((p): ProvinceTile => {
    const row = mine.find((r) => String(r['province']) === p.bpsCode);
    const status = row ? rowStatus(row) : 'missing';
    const valued = status !== 'suppressed' && status !== 'missing';
    const estimate = valued ? (row!['estimate'] as number) : null;
    const percent = estimate === null ? '' : `${formatNumber(estimate * 100, lang)}%`;
    return {
      province: p.bpsCode,
      name: p.name[lang],
      col: p.tile.col,
      row: p.tile.row,
      tile: p.tile.label,
      estimate,
      ci_low: valued ? (row!['ci_low'] as number | null) : null,
      ci_high: valued ? (row!['ci_high'] as number | null) : null,
      status,
      value: status === 'suppressed' ? '×' : status === 'reliable' ? percent : percent && `(${percent})`,
      category: null,
      leader: null,
      light: estimate !== null && estimate > max * 0.55 ? 1 : 0,
    };
  });
  return { tiles, destination: destinationName(code, lang, options.labels), code };
}
