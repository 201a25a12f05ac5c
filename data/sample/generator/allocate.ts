import type { PopulationCell } from './population.ts';
import { createRng, deriveSeed, type Rng } from './prng.ts';
import type { ProvinceRef } from './reference.ts';

/** One sampled regency (PSU) and its take. */
export interface PsuTake {
  /** Synthetic 4-digit regency id: BPS province code + 2 digits. */
  regency: string;
  /** SYNTHETIC would-be migrant population of the regency (both sexes). */
  population: number;
  /** Respondents interviewed in this PSU. */
  take: number;
}

/** The sample of one stratum (province) in one wave. */
export interface StratumAllocation {
  province: string;
  /** Index of the province in the reference order. */
  provinceIndex: number;
  /** Regencies in the province: the size of the PSU frame. */
  regencyCount: number;
  /** Sampled PSUs, ascending by id. */
  psus: PsuTake[];
  /** Respondents in the stratum. */
  size: number;
}

/** Over-sampling factors: Lampung for its kelas-migran pilot (weights undo it). */
const BOOST: Record<string, number> = { '18': 1.6 };

/** Rounds non-negative reals to integers with the given total (largest remainder). */
function roundToTotal(values: number[], total: number): number[] {
  const floors = values.map(Math.floor);
  let rest = total - floors.reduce((s, v) => s + v, 0);
  const order = values
    .map((v, i) => [v - Math.floor(v), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (rest <= 0) break;
    floors[i]!++;
    rest--;
  }
  return floors;
}

/** Disproportionate allocation: proportional to population × boost, with a floor per province. */
function stratumSizes(population: PopulationCell[], n: number, rng: Rng): number[] {
  if (n < population.length * 6) {
    throw new Error(
      `allocate: ${n} respondents are too few for ${population.length} strata (need ${population.length * 6})`,
    );
  }
  const floorBase = Math.max(4, Math.round(n * 0.0018));
  const floors = population.map(() => floorBase + rng.int(0, Math.floor(floorBase / 3)));
  const raw = population.map((c) => (c.male + c.female) * (BOOST[c.province] ?? 1));
  const fixed = new Set<number>();
  let sizes: number[] = [];
  for (;;) {
    const free = n - [...fixed].reduce((s, i) => s + floors[i]!, 0);
    const rawSum = raw.reduce((s, r, i) => (fixed.has(i) ? s : s + r), 0);
    sizes = raw.map((r, i) => (fixed.has(i) ? floors[i]! : (free * r) / rawSum));
    const below = sizes.findIndex((s, i) => !fixed.has(i) && s < floors[i]!);
    if (below < 0) break;
    sizes.forEach((s, i) => {
      if (s < floors[i]!) fixed.add(i);
    });
  }
  return roundToTotal(sizes, n);
}

/**
 * Allocates a wave's sample: strata = provinces (disproportionate, Lampung over-sampled, a floor so
 * every province has respondents), then in each stratum at least two regencies (PSUs) drawn by simple
 * random sampling without replacement, and the stratum sample split unevenly over them.
 *
 * Regency populations are SYNTHETIC and fixed across waves (seeded by `seed` alone); the PSU draw and the
 * takes depend on `seed` and `wave`.
 *
 * @param provinces - the 38 provinces
 * @param population - the wave's population by province × sex, same order
 * @param n - respondents in the wave
 * @param seed - master seed
 * @param wave - the wave (year)
 * @returns one allocation per province, same order; sizes add up to `n`
 * @example
 * ```ts
 * const strata = allocateSample(ref.provinces, syntheticPopulation(ref.provinces, 2026), 12000, 20260212, 2026);
 * ```
 */
export function allocateSample(
  provinces: ProvinceRef[],
  population: PopulationCell[],
  n: number,
  seed: number,
  wave: number,
): StratumAllocation[] {
  const frameRng = createRng(deriveSeed(seed, 'regency-sizes'));
  const rng = createRng(deriveSeed(seed, `allocation-${wave}`));
  const sizes = stratumSizes(population, n, rng);
  return provinces.map((p, h) => {
    const cell = population[h]!;
    const total = cell.male + cell.female;
    const shares = Array.from({ length: p.regencyCount }, () => Math.exp(0.7 * frameRng.normal()));
    const shareSum = shares.reduce((s, v) => s + v, 0);
    const size = sizes[h]!;
    const m = Math.min(
      p.regencyCount,
      Math.max(2, Math.min(Math.round(size / 60), Math.floor(0.6 * p.regencyCount))),
    );
    const ids = Array.from({ length: p.regencyCount }, (_, i) => i);
    for (let i = 0; i < m; i++) {
      const j = rng.int(i, ids.length - 1);
      [ids[i], ids[j]] = [ids[j]!, ids[i]!];
    }
    const chosen = ids.slice(0, m).sort((a, b) => a - b);
    const factors = chosen.map(() => 0.6 + 0.8 * rng.next());
    const factorSum = factors.reduce((s, v) => s + v, 0);
    const takes = roundToTotal(
      factors.map((f) => 2 + ((size - 2 * m) * f) / factorSum),
      size,
    );
    // A PSU smaller than its take (only in huge benchmark files) is taken whole: probability 1, not > 1.
    const psus = chosen.map((i, k) => ({
      regency: `${p.code}${String(i + 1).padStart(2, '0')}`,
      population: Math.max(takes[k]!, Math.round((total * shares[i]!) / shareSum)),
      take: takes[k]!,
    }));
    return { province: p.code, provinceIndex: h, regencyCount: p.regencyCount, psus, size };
  });
}
