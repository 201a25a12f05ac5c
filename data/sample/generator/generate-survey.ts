import { createCalibrator } from './calibrate.ts';
import type { SurveyRow } from './columns.ts';
import { syntheticPopulation } from './population.ts';
import { createPreferenceModel } from './preferences.ts';
import { createRng, deriveSeed } from './prng.ts';
import { loadReference, type Reference } from './reference.ts';
import { generateWave, type WaveSummary } from './wave.ts';

/** The survey waves (independent samples). */
export const WAVES = [2023, 2024, 2025, 2026] as const;

/** Options of {@link generateSurvey}. */
export interface GenerateOptions {
  seed: number;
  /**
   * Total respondents instead of the default 10,000–12,000 per wave: split evenly over the four waves
   * from 4,000 rows, all in wave 2026 below that (at least 228 rows).
   */
  rows?: number;
  /** Reference tables (default: read from `data/reference`). */
  ref?: Reference;
  onRow: (row: SurveyRow) => void;
}

/** Respondents per wave: seeded sizes in 10,000–12,000 by default, or `rows` split as documented. */
function waveSizes(seed: number, rows: number | undefined): [number, number][] {
  if (rows === undefined) {
    const rng = createRng(deriveSeed(seed, 'wave-sizes'));
    return WAVES.map((w) => [w, rng.int(10_000, 12_000)]);
  }
  if (rows < 4000) return [[2026, rows]];
  return WAVES.map((w, i) => [w, Math.floor((rows * (i + 1)) / 4) - Math.floor((rows * i) / 4)]);
}

/**
 * Generates the SYNTHETIC multi-wave survey, wave by wave, handing each respondent to `onRow` (rows are
 * never all held in memory). Deterministic: the same seed and options give the same rows.
 *
 * @param options - seed, optional total `rows`, optional reference tables, the row callback
 * @returns one summary per wave
 * @throws Error when `rows` is below 228 or raking fails
 * @example
 * ```ts
 * const lines: string[] = [];
 * generateSurvey({ seed: 20260212, rows: 500, onRow: (r) => lines.push(r.resp_id) });
 * ```
 */
export function generateSurvey(options: GenerateOptions): WaveSummary[] {
  const { seed } = options;
  const ref = options.ref ?? loadReference();
  const model = createPreferenceModel(ref.destinations, ref.provinces, seed);
  const calibrator = createCalibrator(model, syntheticPopulation(ref.provinces, 2026), seed);
  const ctx = { ref, model, calibrator, seed };
  return waveSizes(seed, options.rows).map(([wave, n]) => generateWave(ctx, wave, n, options.onRow));
}
