import type { CiInput } from '../../../src/estimate/ci/ci-input.ts';
import { fixtureColumn, rCase } from '../r-fixtures.ts';

/** A closed interval as expected.json writes it. */
export type Pair = [number, number];

/** T10's input: svyciprop(~de, des) on D1 (estimate and SE of T1, design df 5, n = 16 rows). */
export function d1Input(overrides: Partial<CiInput> = {}): CiInput {
  const t1 = rCase('T1').expect;
  return {
    estimate: t1.estimate,
    variance: t1.se * t1.se,
    df: t1.df,
    level: 0.95,
    n: 16,
    weighted: true,
    ...overrides,
  };
}

/** T9's domain g == 1 of D1: its estimate, variance and df, and its row count read from d1.csv. */
export async function d1DomainInput(): Promise<CiInput> {
  const t9 = rCase('T9').expect;
  const g = await fixtureColumn('d1.csv', 'g');
  return {
    estimate: t9.estimate,
    variance: t9.se * t9.se,
    df: t9.df,
    level: 0.95,
    n: g.filter((v) => v === '1').length,
    weighted: true,
  };
}

/** The `expect` block of T10 (one interval per method and variant). */
export const t10 = (): Record<string, Pair> => rCase('T10').expect as Record<string, Pair>;

/** The `expect` block of T22 (unweighted Wilson and Clopper–Pearson). */
export const t22 = (): Record<string, Pair> => rCase('T22').expect as Record<string, Pair>;
