import data from './generated/age-groups.json' with { type: 'json' };

/** An age group of `lookup_age_groups.csv`. */
export interface AgeGroup {
  /** `bps_5yr`: BPS five-year groups; `pmi_survey`: groups suggested for surveys of would-be migrants. */
  scheme: 'bps_5yr' | 'pmi_survey';
  /** Label, e.g. `"25-29"`, `"45+"`. */
  group: string;
  /** Inclusive lower bound in years. */
  min: number;
  /** Inclusive upper bound in years; absent for the open top group. */
  max?: number;
  notes?: string;
}

/**
 * Age groups of both schemes, youngest first within each scheme.
 *
 * @example
 * ```ts
 * ageGroups.filter((g) => g.scheme === 'pmi_survey').map((g) => g.group); // ['18-24', '25-29', …, '45+']
 * ```
 */
export const ageGroups: readonly AgeGroup[] = data as AgeGroup[];
