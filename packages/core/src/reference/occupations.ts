import data from './generated/occupations.json' with { type: 'json' };

/** A job title as printed in BP2MI placement reports (`lookup_occupations.csv`). */
export interface Occupation {
  /** snake_case key, e.g. `"house_maid"`. */
  key: string;
  /** Title as BP2MI prints it, e.g. `"House Maid"`. */
  labelBp2mi: string;
  /** Indonesian label. */
  labelId: string;
  /** `formal`, `informal`, or a note when it depends. */
  formalInformal: string;
  /** KBLI 2020 section(s). */
  kbli2020Section: string;
  /** Typical destinations, ISO alpha-2 codes possibly followed by a note, e.g. `"SA (SPSK only)"`. */
  typicalDestinations: string[];
  source: string;
}

/**
 * Job titles of BP2MI placement reports with Indonesian label, formal/informal and KBLI 2020 section.
 *
 * @example
 * ```ts
 * occupations.find((o) => o.key === 'caregiver')?.labelBp2mi; // 'Caregiver'
 * ```
 */
export const occupations: readonly Occupation[] = data;
