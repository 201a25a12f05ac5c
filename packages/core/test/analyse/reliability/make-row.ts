import type { EstimateRow } from '../../../src/estimate/estimate-row.ts';

/** An estimate row with plausible standard columns, overridden by `over`. */
export function makeRow(over: Partial<EstimateRow> = {}): EstimateRow {
  return {
    province: 'Jawa Timur',
    destination: 'JP',
    measure: 'first',
    base: 'answered',
    estimate: 0.1,
    se: 0.02,
    ci_low: 0.065,
    ci_high: 0.15,
    df: 30,
    deff: 1.5,
    n_unweighted: 400,
    n_weighted: 123456.5,
    count_unweighted: 40,
    n_eff: 225,
    cv: 0.2,
    flags: [],
    ...over,
  };
}
