/**
 * How a Hadamard matrix of order `order` is built here, or `undefined` when it is not: a base matrix
 * (`sylvester` of order 1, `paley1` of order p + 1 for a prime p ≡ 3 mod 4, `paley2` of order
 * 2(q + 1) for q = 13 or 17, i.e. orders 28 and 36) doubled `doublings` times. Powers of 2 always use
 * Sylvester's construction, which reproduces R's matrices of those orders.
 *
 * @example hadamardConstruction(56) // { kind: 'paley2', base: 28, doublings: 1 }
 */
export function hadamardConstruction(
  order: number,
): { kind: 'sylvester' | 'paley1' | 'paley2'; base: number; doublings: number } | undefined {
  if (!Number.isInteger(order) || order < 1) return undefined;
  for (let doublings = 0, base = order; Number.isInteger(base); doublings++, base /= 2) {
    if (base === 1) return { kind: 'sylvester', base, doublings };
  }
  for (let doublings = 0, base = order; Number.isInteger(base) && base >= 4; doublings++, base /= 2) {
    if ((base - 1) % 4 === 3 && isPrime(base - 1)) return { kind: 'paley1', base, doublings };
    if (base === 28 || base === 36) return { kind: 'paley2', base, doublings };
  }
  return undefined;
}

function isPrime(p: number): boolean {
  if (p < 2) return false;
  for (let d = 2; d * d <= p; d++) if (p % d === 0) return false;
  return true;
}
