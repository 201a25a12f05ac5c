/**
 * The destinations a multi-wave chart shows: ordered by their value in the latest wave that has one
 * (larger first, or smaller first for ranks), then by input order, the first `top`.
 *
 * @param rows - rows with `wave` and `destination`
 * @param waves - the waves, in order
 * @param value - the column to order by (e.g. `estimate`, `rank`)
 * @param top - how many to keep
 * @param direction - `desc` (default, shares) or `asc` (ranks)
 * @example leadingDestinations(trendRows, ['2025', '2026'], 'estimate', 5)
 */
export function leadingDestinations(
  rows: readonly Record<string, unknown>[],
  waves: readonly string[],
  value: string,
  top: number,
  direction: 'asc' | 'desc' = 'desc',
): string[] {
  const codes: string[] = [];
  for (const r of rows) if (!codes.includes(String(r['destination']))) codes.push(String(r['destination']));
  const key = (code: string): number[] =>
    [...waves].reverse().map((w) => {
      const v = rows.find((r) => String(r['wave']) === w && String(r['destination']) === code)?.[value];
      if (typeof v !== 'number' || !Number.isFinite(v)) return Number.POSITIVE_INFINITY;
      return direction === 'desc' ? -v : v;
    });
  const keys = new Map(codes.map((c) => [c, key(c)]));
  return codes
    .map((code, i) => ({ code, i }))
    .sort((a, b) => {
      const ka = keys.get(a.code)!;
      const kb = keys.get(b.code)!;
      for (let j = 0; j < ka.length; j++) if (ka[j] !== kb[j]) return ka[j]! < kb[j]! ? -1 : 1;
      return a.i - b.i;
    })
    .slice(0, top)
    .map((x) => x.code);
}
