import data from './generated/readiness-levels.json' with { type: 'json' };
import type { ReadinessLevel } from './readiness-level.ts';

/**
 * Language-test levels relevant to would-be migrant workers (JLPT N5–N1, JFT-Basic, CEFR A1–C2, EPS-TOPIK,
 * TOPIK), in the order of `data/reference/readiness_levels.csv`.
 *
 * @example
 * ```ts
 * readinessLevels.filter((l) => l.framework === 'JLPT').map((l) => l.level); // ['N5', 'N4', 'N3', 'N2', 'N1']
 * ```
 */
export const readinessLevels: readonly ReadinessLevel[] = data;
