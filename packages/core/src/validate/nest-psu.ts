import type { CategoricalBuilder } from './categorical-builder.ts';
import type { Categorical } from './validated-survey.ts';

/** PSUs of the accepted rows keyed by stratum (see {@link nestPsu}). */
export interface NestedPsu {
  /** Levels `stratum/psu` (just `psu` without strata), in order of first appearance among accepted rows. */
  psu: Categorical;
  /** Each distinct (PSU id, stratum) pair of the accepted rows, in order of first appearance. */
  pairs: { psu: string; stratum: string }[];
}

/**
 * Keys the PSUs of the accepted rows by their stratum, as R's `nest=TRUE`: the level of a row is the text
 * `stratum/psu`, one code per distinct text, codes in order of first appearance among the rows in `keep`.
 * Rows are keyed by their (stratum code, PSU code) pair as a number, so the text is built once per pair.
 *
 * @param keep - Accepted row indices, ascending.
 * @param psu - PSU ids of every data row (trimmed).
 * @param strata - Strata of every data row, when the design has strata.
 */
export function nestPsu(keep: Int32Array, psu: CategoricalBuilder, strata?: CategoricalBuilder): NestedPsu {
  const width = strata ? Math.max(1, strata.levels.length) : 1;
  const codeOfPair = new Map<number, number>();
  const codeOfText = new Map<string, number>();
  const levels: string[] = [];
  const pairs: NestedPsu['pairs'] = [];
  const codes = new Int32Array(keep.length);
  for (let k = 0; k < keep.length; k++) {
    const i = keep[k]!;
    const s = strata ? strata.codes[i]! : 0;
    const pair = psu.codes[i]! * width + s;
    let c = codeOfPair.get(pair);
    if (c === undefined) {
      const p = psu.levels[psu.codes[i]!]!;
      const stratum = strata ? strata.levels[s]! : '';
      const text = strata ? `${stratum}/${p}` : p;
      c = codeOfText.get(text);
      if (c === undefined) {
        c = levels.length;
        levels.push(text);
        codeOfText.set(text, c);
      }
      codeOfPair.set(pair, c);
      pairs.push({ psu: p, stratum });
    }
    codes[k] = c;
  }
  return { psu: { codes, levels }, pairs };
}
