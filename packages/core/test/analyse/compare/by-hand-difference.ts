/** Raw columns of a design, one string per row. */
export interface RawDesignColumns {
  stratum: string[];
  psu: string[];
  weight: string[];
  /** First-choice destination as written (`''` = no answer, outside the base). */
  dest: string[];
  /** The dimension compared. */
  by: string[];
}

/**
 * Difference of a destination's share between levels `g` and `r` of a dimension, among rows with a
 * destination, with its linearised SE computed from raw columns: the row score
 * w[1{g}(y − p_g)/N_g − 1{r}(y − p_r)/N_r] summed to PSUs, centred within strata, × n_h/(n_h − 1).
 */
export function byHandDifference(
  x: RawDesignColumns,
  g: string,
  r: string,
  dest: string,
): { difference: number; se: number } {
  const domain = (level: string) => {
    let num = 0;
    let den = 0;
    x.by.forEach((v, i) => {
      if (v !== level || x.dest[i] === '') return;
      den += Number(x.weight[i]);
      if (x.dest[i] === dest) num += Number(x.weight[i]);
    });
    return { p: num / den, N: den };
  };
  const [a, b] = [domain(g), domain(r)];
  const strata = new Map<string, Map<string, number>>();
  x.by.forEach((v, i) => {
    const y = x.dest[i] === dest ? 1 : 0;
    const inBase = x.dest[i] !== '';
    const z = inBase
      ? Number(x.weight[i]) * ((v === g ? (y - a.p) / a.N : 0) - (v === r ? (y - b.p) / b.N : 0))
      : 0;
    const h = x.stratum[i]!;
    const psus = strata.get(h) ?? strata.set(h, new Map()).get(h)!;
    psus.set(x.psu[i]!, (psus.get(x.psu[i]!) ?? 0) + z);
  });
  let variance = 0;
  for (const psus of strata.values()) {
    const t = [...psus.values()];
    if (t.length < 2) throw new Error('a stratum with one PSU: the by-hand check assumes none');
    const mean = t.reduce((s, v) => s + v, 0) / t.length;
    variance += (t.length / (t.length - 1)) * t.reduce((s, v) => s + (v - mean) ** 2, 0);
  }
  return { difference: a.p - b.p, se: Math.sqrt(variance) };
}
