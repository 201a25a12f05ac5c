import type { SurveyDesign } from '../survey-design.ts';

/**
 * The PSUs of each stratum in index order (the order of first appearance in the data, as R's `unique`).
 *
 * @example psusByStratum(design)[0] // [0, 1, 2] for stratum A of the d1 fixture
 */
export function psusByStratum(design: SurveyDesign): number[][] {
  const out: number[][] = Array.from({ length: design.psuCount.length }, () => []);
  design.psuStratum.forEach((h, p) => {
    out[h]!.push(p);
  });
  return out;
}
