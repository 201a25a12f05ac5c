/**
 * Target first-choice shares (percent, population-weighted) in 2023 and 2026, anchored on SOURCES.md §4–5:
 * Japan first and rising, Germany a clear second, Korea ~10%, Taiwan/Hong Kong/Malaysia/Singapore/Australia
 * 4–10%, the Middle East falling. Not a published distribution: a plausible shape for SYNTHETIC data.
 */
// biome-ignore format: compact table
const ANCHORS: Record<string, [y2023: number, y2026: number]> = {
  JP: [19, 28.5], DE: [10, 13.5], KR: [11, 10], TW: [10, 7.2], HK: [10, 7], MY: [9, 6.3], SG: [5.5, 5.5],
  AU: [4.3, 5.2], SA: [4.8, 1.4], AE: [2, 0.9], QA: [1.2, 0.6], KW: [0.5, 0.2], OM: [0.3, 0.1],
  BH: [0.15, 0.05], JO: [0.1, 0.05], TR: [0.8, 0.6], BN: [1.2, 0.9], MO: [0.5, 0.35], GB: [1.2, 1.5],
  US: [1, 1.2], CA: [0.7, 1], NZ: [0.6, 0.9], NL: [0.7, 0.9], IT: [0.9, 0.8], FR: [0.4, 0.5],
  ES: [0.3, 0.4], PL: [0.4, 0.6], HU: [0.2, 0.3], RO: [0.2, 0.3], SK: [0.15, 0.2], CZ: [0.2, 0.3],
  MV: [0.3, 0.4], PG: [0.1, 0.1], ZM: [0.05, 0.08], ZZ: [0.75, 0.75],
};

/**
 * The target first-choice distribution of a wave: 2023 and 2026 anchors, log-linear in between
 * (2024, 2025), normalised to sum to 1.
 *
 * @param wave - the survey year (clamped to 2023 … 2026)
 * @param codes - destination codes in model order
 * @returns one share per code, summing to 1
 * @throws Error when a code has no anchor
 * @example
 * ```ts
 * firstChoiceTargets(2026, ['JP', 'DE', 'ZZ']); // Japan's share is the largest
 * ```
 */
export function firstChoiceTargets(wave: number, codes: string[]): Float64Array {
  const t = Math.min(1, Math.max(0, (wave - 2023) / 3));
  const raw = Float64Array.from(codes, (c) => {
    const anchor = ANCHORS[c];
    if (!anchor) throw new Error(`targets: no first-choice anchor for destination ${c}`);
    return Math.exp((1 - t) * Math.log(anchor[0]) + t * Math.log(anchor[1]));
  });
  const sum = raw.reduce((s, v) => s + v, 0);
  return raw.map((v) => v / sum);
}
