import data from './generated/education-levels.json' with { type: 'json' };

/** A BPS-style highest completed education level (`lookup_education.csv`). */
export interface EducationLevel {
  /** Two-digit code, `"00"` (no schooling) to `"09"` (S3). */
  code: string;
  label: { en: string; id: string };
  /** Group used in BP2MI/KP2MI placement statistics (SD, SMP, SMA, Diploma, Sarjana, Pascasarjana). */
  bp2miGroup: string;
  /** ISCED 2011 level. */
  isced2011: string;
  notes?: string;
}

/**
 * Education levels from lowest to highest, with BP2MI group and ISCED 2011 level.
 *
 * @example
 * ```ts
 * educationLevels.find((e) => e.code === '05')?.label.id; // 'SMK/MAK'
 * ```
 */
export const educationLevels: readonly EducationLevel[] = data;
