import type { ProvinceRef } from './reference.ts';

/**
 * SYNTHETIC share (percent) of the would-be migrant population and female share, by BPS province code.
 * Shaped after 2023–2024 placements by province (SOURCES.md §3.4: Jatim, Jateng, Jabar, NTB, Lampung
 * first; Sumut, Bali, Banten, Sumsel, Sulsel next; Papua, Maluku, Gorontalo near zero). Not real figures.
 */
// biome-ignore format: compact table
const SHAPE: Record<string, [percent: number, female: number]> = {
  '11': [0.5, 0.5], '12': [3.2, 0.5], '13': [0.6, 0.52], '14': [0.5, 0.5], '15': [0.4, 0.52],
  '16': [1.2, 0.55], '17': [0.3, 0.55], '18': [7.5, 0.58], '19': [0.2, 0.5], '21': [0.5, 0.52],
  '31': [1.0, 0.56], '32': [19.0, 0.68], '33': [20.0, 0.63], '34': [0.8, 0.55], '35': [24.0, 0.66],
  '36': [1.6, 0.62], '51': [2.2, 0.4], '52': [9.5, 0.52], '53': [1.1, 0.55], '61': [0.9, 0.54],
  '62': [0.2, 0.5], '63': [0.35, 0.52], '64': [0.3, 0.48], '65': [0.2, 0.5], '71': [0.25, 0.5],
  '72': [0.25, 0.5], '73': [1.3, 0.52], '74': [0.3, 0.5], '75': [0.05, 0.5], '76': [0.15, 0.5],
  '81': [0.07, 0.48], '82': [0.04, 0.45], '91': [0.03, 0.45], '92': [0.03, 0.45], '94': [0.05, 0.45],
  '95': [0.02, 0.45], '96': [0.02, 0.45], '97': [0.02, 0.45],
};

/** SYNTHETIC national totals of would-be migrant workers aged 18–55, by wave. */
export const POPULATION_TOTALS: Record<number, number> = {
  2023: 2_600_000,
  2024: 2_750_000,
  2025: 2_900_000,
  2026: 3_100_000,
};

/** Population of one province in one wave. */
export interface PopulationCell {
  province: string;
  male: number;
  female: number;
}

/**
 * The SYNTHETIC population of would-be migrant workers by province × sex for a wave: the national total
 * of {@link POPULATION_TOTALS} spread over the provinces by a fixed shape, rounded to whole persons.
 *
 * @param provinces - the 38 provinces, in reference order
 * @param wave - 2023 … 2026 (other years use the 2026 total)
 * @returns one cell per province, same order
 * @throws Error when a province has no share in the shape table
 * @example
 * ```ts
 * syntheticPopulation(ref.provinces, 2026).find((c) => c.province === '35'); // Jawa Timur
 * ```
 */
export function syntheticPopulation(provinces: ProvinceRef[], wave: number): PopulationCell[] {
  const total = POPULATION_TOTALS[wave] ?? POPULATION_TOTALS[2026]!;
  const percentSum = Object.values(SHAPE).reduce((s, [p]) => s + p, 0);
  return provinces.map(({ code }) => {
    const shape = SHAPE[code];
    if (!shape) throw new Error(`population: no synthetic share for province ${code}`);
    const persons = (total * shape[0]) / percentSum;
    const female = Math.round(persons * shape[1]);
    return { province: code, male: Math.round(persons) - female, female };
  });
}
