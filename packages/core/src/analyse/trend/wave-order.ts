import { MinatError } from '../../errors/minat-error.ts';

const natural = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/**
 * The order of waves in a trend: `order` when given (it must name each wave present exactly once),
 * otherwise natural order of the labels, numbers compared as numbers (`2023` < `2024`, `W2` < `W10`).
 *
 * @param present - wave labels with respondents in scope
 * @param order - explicit order, e.g. `['baseline', 'midline', 'endline']`
 * @throws MinatError `option-invalid` when `order` misses a wave present or names one that is not
 * @example waveOrder(['2024', '2023']) // ['2023', '2024']
 */
export function waveOrder(present: readonly string[], order?: readonly string[]): string[] {
  if (!order) return [...present].sort(natural.compare);
  const missing = present.filter((w) => !order.includes(w));
  const unknown = order.filter((w) => !present.includes(w));
  if (missing.length > 0 || unknown.length > 0 || new Set(order).size !== order.length) {
    throw new MinatError(
      'option-invalid',
      `invalid waves ${JSON.stringify(order.join(','))}: expected each wave present exactly once, in order (waves present: ${present.join(', ')})`,
      { value: order.join(','), expected: present.join(', ') },
    );
  }
  return [...order];
}
