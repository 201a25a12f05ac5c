import data from './generated/ssw-fields.json' with { type: 'json' };

/** A field of Japan's Specified Skilled Worker (SSW, Tokutei Ginou) programme (`ssw_fields.csv`). */
export interface SswField {
  /** Field number, 1–16. */
  fieldNo: number;
  name: { en: string; ja: string; id: string };
  /** Whether SSW (ii) is available, in prose. */
  sswIiAvailable: string;
  /** When the field was added, in prose (e.g. `"2019"`, `"2024"`). */
  added: string;
  notes?: string;
}

/**
 * The 16 SSW fields since the 29 March 2024 Cabinet decision.
 *
 * @example
 * ```ts
 * sswFields[0]!.name.id; // 'Perawatan lansia (kaigo)'
 * ```
 */
export const sswFields: readonly SswField[] = data;
