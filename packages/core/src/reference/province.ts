/** Island group of a province, as in `island_group` of provinces.csv (Kepri and Babel are in Sumatra). */
export type IslandGroup =
  | 'Sumatra'
  | 'Jawa'
  | 'Bali & Nusa Tenggara'
  | 'Kalimantan'
  | 'Sulawesi'
  | 'Maluku'
  | 'Papua';

/**
 * One of Indonesia's 38 provinces, from `data/reference/provinces.csv` joined with `province-tilegrid.csv`.
 * Codes are strings. BPS and Kemendagri codes are equal except in Papua: BPS 91 = Papua Barat
 * (Kemendagri 92), BPS 94 = Papua (Kemendagri 91), and the four provinces created in 2022.
 */
export interface Province {
  /** BPS (Statistics Indonesia) code, two digits (`"35"`). The canonical key everywhere in Minat. */
  bpsCode: string;
  /** Kemendagri code (first two digits of a NIK), two digits. */
  kemendagriCode: string;
  /** ISO 3166-2 code, e.g. `"ID-JI"`. */
  iso3166_2: string;
  /** ISO 3166-2 geographical unit the province lies in, e.g. `"ID-JW"` (Jawa). */
  isoGeoUnit: string;
  /** Names: Indonesian (`"Jawa Timur"`) and English (`"East Java"`). */
  name: { en: string; id: string };
  /** Common abbreviations and other names (`"Jatim"`). */
  aliases: string[];
  islandGroup: IslandGroup;
  /** Seat of the provincial government. */
  capital: string;
  /** Number of regencies and cities (kabupaten + kota). */
  regencyCount: number;
  /** Approximate centroid in degrees (for labels and bubbles, not for GIS). */
  centroid: { lon: number; lat: number };
  /** Position on the 17 × 7 tile-grid map (`col` 0–16 west to east, `row` 0–6 north to south) and its label. */
  tile: { col: number; row: number; label: string };
  /** Confidence in the BPS code: `medium` for the four provinces created in 2022 (92, 95, 96, 97). */
  bpsCodeConfidence: 'high' | 'medium';
  /** Source notes. */
  notes?: string;
}
