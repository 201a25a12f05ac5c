/**
 * Inverse logit `1/(1 + e^{−η})`, without overflow for large |η|.
 * @param eta - Log-odds, any number (±Infinity give 1 and 0).
 * @returns The probability in [0, 1].
 * @example expit(0) // 0.5
 */
export function expit(eta: number): number {
  if (eta >= 0) return 1 / (1 + Math.exp(-eta));
  const e = Math.exp(eta);
  return e / (1 + e);
}
