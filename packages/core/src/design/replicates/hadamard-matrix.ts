import { MinatError } from '../../errors/minat-error.ts';
import { hadamardConstruction } from './hadamard-construction.ts';

/**
 * A normalised Hadamard matrix (entries ±1, `H Hᵀ = N I`, first row all +1), row-major. Orders that
 * are powers of 2 use Sylvester's construction `[[H, H], [H, −H]]` (the matrices R's `survey` uses);
 * other orders use Paley's constructions (see `hadamardConstruction`), doubled as needed.
 *
 * @param order - a supported order (see `hadamardOrder`)
 * @throws MinatError `option-invalid` for an order that cannot be built here
 * @example hadamardMatrix(4) // Int8Array [1,1,1,1, 1,-1,1,-1, 1,1,-1,-1, 1,-1,-1,1]
 */
export function hadamardMatrix(order: number): Int8Array {
  const how = hadamardConstruction(order);
  if (!how) {
    throw new MinatError('option-invalid', `no Hadamard matrix of order ${order} can be built here`, {
      value: String(order),
      expected: 'an order 2^k · m with m = 1, 28, 36 or p + 1 for a prime p ≡ 3 mod 4',
    });
  }
  let n = how.base;
  let h =
    how.kind === 'sylvester' ? Int8Array.of(1) : how.kind === 'paley1' ? paley1(n - 1) : paley2(n / 2 - 1);
  for (let d = 0; d < how.doublings; d++) {
    const m = n * 2;
    const next = new Int8Array(m * m);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const v = h[i * n + j]!;
        next[i * m + j] = v;
        next[i * m + j + n] = v;
        next[(i + n) * m + j] = v;
        next[(i + n) * m + j + n] = -v;
      }
    }
    h = next;
    n = m;
  }
  return h;
}

/** Legendre symbol of x mod the prime p, as −1, 0, 1. */
function legendre(p: number): Int8Array {
  const chi = new Int8Array(p).fill(-1);
  chi[0] = 0;
  for (let x = 1; x < p; x++) chi[(x * x) % p] = 1;
  return chi;
}

/** Paley I: order p + 1 for a prime p ≡ 3 mod 4, `I + S` with S = [[0, 1ᵀ], [−1, Q]], Q_ij = χ(j − i). */
function paley1(p: number): Int8Array {
  const n = p + 1;
  const chi = legendre(p);
  const h = new Int8Array(n * n);
  for (let j = 0; j < n; j++) h[j] = 1;
  for (let i = 1; i < n; i++) {
    h[i * n] = -1;
    for (let j = 1; j < n; j++) h[i * n + j] = i === j ? 1 : chi[(j - i + p) % p]!;
  }
  return h;
}

/**
 * Paley II: order 2(q + 1) for a prime q ≡ 1 mod 4: C = [[0, 1ᵀ], [1, Q]] with each entry replaced by
 * [[1, −1], [−1, −1]] times it, plus [[1, 1], [1, −1]] on the diagonal; columns then signed so row 1 is +1.
 */
function paley2(q: number): Int8Array {
  const m = q + 1;
  const n = 2 * m;
  const chi = legendre(q);
  const c = (i: number, j: number) => (i === j ? 0 : i === 0 || j === 0 ? 1 : chi[(j - i + q) % q]!);
  const h = new Int8Array(n * n);
  const block = [
    [1, -1],
    [-1, -1],
  ];
  const diagonal = [
    [1, 1],
    [1, -1],
  ];
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < m; j++) {
      const cij = c(i, j);
      for (let a = 0; a < 2; a++) {
        for (let b = 0; b < 2; b++) {
          h[(2 * i + a) * n + 2 * j + b] = i === j ? diagonal[a]![b]! : cij * block[a]![b]!;
        }
      }
    }
  }
  for (let j = 0; j < n; j++) {
    if (h[j] === 1) continue;
    for (let i = 0; i < n; i++) h[i * n + j] = -h[i * n + j]!;
  }
  return h;
}
