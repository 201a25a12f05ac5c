/** What a placement figure breaks down (`dimension` column of placements.csv). */
export type PlacementDimension =
  | 'total'
  | 'destination'
  | 'province'
  | 'occupation'
  | 'sector'
  | 'gender'
  | 'education'
  | 'marital'
  | 'scheme'
  | `${string}_share`;

/** How far a figure can be trusted, as judged when it was compiled. */
export type Confidence = 'high' | 'medium' | 'low';

/**
 * One official placement figure (penempatan PMI: documented placements in a period, a flow, not a stock),
 * from `data/reference/placements.csv`. Sources and caveats: `data/reference/SOURCES.md` §3.
 */
export interface Placement {
  /** Calendar year of the figure; absent when the period spans several years (e.g. cumulative 2007–2024). */
  year?: number;
  /** Period label, e.g. `"full_year"`, `"2023-01..06"`, `"to_2024-12-30"`. */
  period: string;
  /** First day covered, ISO date. */
  periodStart: string;
  /** Last day covered, ISO date. */
  periodEnd: string;
  dimension: PlacementDimension;
  /** Key within the dimension: ISO alpha-2 for `destination`, BPS code for `province`, `"ALL"` for `total`. */
  key: string;
  /** Label as the source prints it. */
  label: string;
  value: number;
  unit: 'persons' | 'percent';
  /** Short key of the source, e.g. `"detik_2024"`. */
  sourceKey: string;
  sourceUrl: string;
  confidence: Confidence;
  note?: string;
}
