import { MinatError } from '../../errors/minat-error.ts';
import type { IslandGroup, Province } from '../province.ts';
import { cellError } from './cell-error.ts';
import { checkCell } from './check-cell.ts';
import { parseReferenceCsv } from './parse-reference-csv.ts';

const ISLAND_GROUPS: readonly IslandGroup[] = [
  'Sumatra',
  'Jawa',
  'Bali & Nusa Tenggara',
  'Kalimantan',
  'Sulawesi',
  'Maluku',
  'Papua',
];
const PROVINCE_COLUMNS = [
  'bps_code',
  'kemendagri_code',
  'name_id',
  'name_en',
  'aliases',
  'island_group',
  'iso_3166_2',
  'iso_geo_unit',
  'capital',
  'regency_count',
  'centroid_lon',
  'centroid_lat',
  'bps_code_confidence',
  'notes',
] as const;
const TILE_COLUMNS = ['bps_code', 'col', 'row', 'short_label', 'iso_3166_2', 'name_id'] as const;
const TWO_DIGITS = /^\d{2}$/;
const INTEGER = /^\d+$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * Builds the provinces from provinces.csv joined with province-tilegrid.csv on `bps_code`, checking codes,
 * island groups, numbers, and that both files list the same provinces with the same ISO code and name.
 *
 * @param provincesCsv - Text of `provinces.csv`.
 * @param tilegridCsv - Text of `province-tilegrid.csv`.
 * @returns The provinces in the order of provinces.csv (by BPS code).
 * @throws MinatError `csv-invalid` naming file, row, column and value for any inconsistency.
 * @example
 * ```ts
 * convertProvinces(provincesText, tilegridText)[0]!.name.id; // 'Aceh'
 * ```
 */
export function convertProvinces(provincesCsv: string, tilegridCsv: string): Province[] {
  const file = 'provinces.csv';
  const provinces: Province[] = [];
  const seen = new Set<string>();
  for (const row of parseReferenceCsv(file, provincesCsv, PROVINCE_COLUMNS)) {
    const bps = checkCell(file, row, 'bps_code', TWO_DIGITS, 'a two-digit BPS code');
    if (seen.has(bps)) throw cellError(file, row, 'bps_code', 'is listed twice', 'each province on one row');
    seen.add(bps);
    const notes = row.cell('notes');
    provinces.push({
      bpsCode: bps,
      kemendagriCode: checkCell(file, row, 'kemendagri_code', TWO_DIGITS, 'a two-digit Kemendagri code'),
      iso3166_2: checkCell(file, row, 'iso_3166_2', /^ID-[A-Z]{2}$/, 'an ISO 3166-2 code like ID-JI'),
      isoGeoUnit: checkCell(file, row, 'iso_geo_unit', /^ID-[A-Z]{2}$/, 'an ISO 3166-2 code like ID-JW'),
      name: {
        en: checkCell(file, row, 'name_en', /./, 'an English name'),
        id: checkCell(file, row, 'name_id', /./, 'an Indonesian name'),
      },
      aliases: row
        .cell('aliases')
        .split('|')
        .map((a) => a.trim())
        .filter((a) => a !== ''),
      islandGroup: checkCell(
        file,
        row,
        'island_group',
        ISLAND_GROUPS,
        `one of ${ISLAND_GROUPS.join(', ')}`,
      ) as IslandGroup,
      capital: row.cell('capital'),
      regencyCount: Number(checkCell(file, row, 'regency_count', INTEGER, 'a whole number')),
      centroid: {
        lon: Number(checkCell(file, row, 'centroid_lon', DECIMAL, 'a longitude in degrees')),
        lat: Number(checkCell(file, row, 'centroid_lat', DECIMAL, 'a latitude in degrees')),
      },
      tile: { col: -1, row: -1, label: '' },
      bpsCodeConfidence: checkCell(file, row, 'bps_code_confidence', ['high', 'medium'], 'high or medium') as
        | 'high'
        | 'medium',
      ...(notes ? { notes } : {}),
    });
  }

  const tiles = 'province-tilegrid.csv';
  const byCode = new Map(provinces.map((p) => [p.bpsCode, p]));
  const placed = new Set<string>();
  for (const row of parseReferenceCsv(tiles, tilegridCsv, TILE_COLUMNS)) {
    const bps = checkCell(tiles, row, 'bps_code', [...byCode.keys()], 'a BPS code listed in provinces.csv');
    const province = byCode.get(bps)!;
    if (placed.has(bps)) throw cellError(tiles, row, 'bps_code', 'is listed twice', 'one tile per province');
    placed.add(bps);
    checkCell(tiles, row, 'iso_3166_2', [province.iso3166_2], `${province.iso3166_2}, as in provinces.csv`);
    checkCell(tiles, row, 'name_id', [province.name.id], `"${province.name.id}", as in provinces.csv`);
    province.tile = {
      col: Number(checkCell(tiles, row, 'col', INTEGER, 'a column number')),
      row: Number(checkCell(tiles, row, 'row', INTEGER, 'a row number')),
      label: checkCell(tiles, row, 'short_label', /^[A-Z]{2}$/, 'a two-letter label'),
    };
  }
  const missing = provinces.find((p) => !placed.has(p.bpsCode));
  if (missing) {
    throw new MinatError(
      'csv-invalid',
      `${tiles}: province ${missing.bpsCode} (${missing.name.id}) has no tile.`,
      {
        file: tiles,
        value: missing.bpsCode,
        expected: 'one tile per province of provinces.csv',
      },
    );
  }
  return provinces;
}
