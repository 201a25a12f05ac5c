import type { Province } from './province.ts';
import { provinces } from './provinces.ts';

let byCode: Map<string, Province> | undefined;

/**
 * Looks a province up by its two-digit BPS code (the canonical province key in Minat). Kemendagri codes are
 * NOT accepted here (they differ in Papua); for names, ISO codes and free text use `createProvinceMatcher`.
 *
 * @param bpsCode - BPS code, e.g. `"35"`.
 * @returns The province, or `undefined` for an unknown code.
 * @example
 * ```ts
 * getProvince('91')?.name.id; // 'Papua Barat'
 * ```
 */
export function getProvince(bpsCode: string): Province | undefined {
  byCode ??= new Map(provinces.map((p) => [p.bpsCode, p]));
  return byCode.get(bpsCode.trim());
}
