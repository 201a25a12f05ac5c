import { MinatError } from '../errors/minat-error.ts';
import { closestNames, type NameCandidate } from './closest-names.ts';
import { foldText } from './fold-text.ts';
import { getProvince } from './get-province.ts';
import { NO_ANSWER_VALUES } from './no-answer-values.ts';
import { provinceLabel, provinceNameIndex } from './province-name-index.ts';
import { provinces } from './provinces.ts';

/** What a province answer means. `code` is the two-digit BPS code. */
export type ProvinceMatch =
  | { kind: 'province'; code: string }
  | { kind: 'missing' }
  | { kind: 'unknown'; suggestions: string[] };

/** Survey-specific additions to the built-in province vocabulary. */
export interface ProvinceMatcherOptions {
  /** Extra answers meaning "no answer", on top of `NO_ANSWER_VALUES`. */
  noAnswer?: readonly string[];
  /** A codebook: `code` is a BPS code, `values` (and `label` texts) the spellings used in the file. Wins over all else. */
  codes?: readonly { code: string; values?: readonly string[]; label?: { en: string; id: string } }[];
}

const MISSING: ProvinceMatch = Object.freeze({ kind: 'missing' });
const builtInMissing = new Set(NO_ANSWER_VALUES.map(foldText));
const NUMBER = /^(\d{2})(?:\.0+)?$/;
const PREFIX = /^(?:provinsi|propinsi|province\s+of|province|prov|prop)\b\.?\s*/i;
const SUFFIX = /\s+province$/i;
/** Kemendagri codes that are not BPS codes, so unambiguous: today only 93 (Papua Selatan, BPS 95). */
const KEMENDAGRI_ONLY = new Map(
  provinces.filter((p) => !getProvince(p.kemendagriCode)).map((p) => [p.kemendagriCode, p.bpsCode]),
);

/**
 * Builds a matcher that turns an origin-province answer into a BPS code. Build it once per column: lookups
 * are Map look-ups on the folded value (`foldText`), results are cached per distinct value.
 *
 * Accepted, first that applies wins:
 * 1. `options.codes` (code, `values`, labels).
 * 2. Blank or punctuation only, `options.noAnswer`, `NO_ANSWER_VALUES` → `missing`.
 * 3. A two-digit number, also as a spreadsheet float (`"35"`, `"35.0"`): always read as a **BPS code**. In
 *    Papua BPS and Kemendagri codes differ and collide (BPS 91 = Papua Barat, Kemendagri 91 = Papua), so a
 *    Kemendagri (NIK) code is accepted only where it is not also a BPS code: `"93"` → 95 (Papua Selatan).
 *    Three-digit forms such as `"035"` are not accepted.
 * 4. ISO 3166-2 (`"ID-JI"`, any case or separator), Indonesian and English names, aliases (Jatim, Jabar,
 *    NTB, DKI, DIY, Kaltim, Sulsel…), variants ("DKI Jakarta", "Jakarta", "Daerah Khusus Jakarta",
 *    "DI Yogyakarta", "Yogyakarta", "Bangka Belitung", "Kep. Riau", "Sumatra Utara"), with or without a
 *    "Provinsi"/"Prov."/"Propinsi" prefix or "Province" suffix.
 * 5. The bare ISO suffix (`"JI"`) where it is not a name or alias of another province.
 * 6. Otherwise `unknown`, with up to 3 close names as suggestions (`"Jawa Timur (35)"`).
 *
 * @param options - Survey-specific values; default none.
 * @returns `(value) => ProvinceMatch`.
 * @throws MinatError `option-invalid` when a codebook code is not a BPS code or a value is given for two codes.
 * @example
 * ```ts
 * const match = createProvinceMatcher();
 * match('Prov. Jawa Timur'); // { kind: 'province', code: '35' }
 * match('NTB'); // { kind: 'province', code: '52' }
 * ```
 */
export function createProvinceMatcher(
  options: ProvinceMatcherOptions = {},
): (value: string) => ProvinceMatch {
  const { byKey, candidates } = provinceNameIndex();
  const codebook = new Map<string, string>();
  for (const entry of options.codes ?? []) {
    const code = entry.code.trim();
    if (!getProvince(code)) {
      throw new MinatError(
        'option-invalid',
        `Province codebook: "${entry.code}" is not a BPS province code.`,
        {
          value: entry.code,
          expected: 'a two-digit BPS province code such as "35"',
        },
      );
    }
    for (const text of [
      code,
      ...(entry.values ?? []),
      ...(entry.label ? [entry.label.en, entry.label.id] : []),
    ]) {
      const key = foldText(text);
      const taken = codebook.get(key);
      if (taken !== undefined && taken !== code) {
        throw new MinatError(
          'option-invalid',
          `Province codebook: "${text}" is given for both ${taken} and ${code}.`,
          {
            value: text,
            expected: 'each value in the codebook of one code only',
          },
        );
      }
      if (key !== '') codebook.set(key, code);
    }
  }
  const noAnswer = new Set((options.noAnswer ?? []).map(foldText));
  const allCandidates: NameCandidate[] = [...candidates];
  for (const [folded, code] of codebook) allCandidates.unshift({ folded, label: label(code) });
  const matches = new Map(
    provinces.map((p): [string, ProvinceMatch] => [
      p.bpsCode,
      Object.freeze({ kind: 'province', code: p.bpsCode }),
    ]),
  );
  const cache = new Map<string, ProvinceMatch>();

  const resolve = (value: string): ProvinceMatch => {
    const key = foldText(value);
    const fromCodebook = codebook.get(key);
    if (fromCodebook !== undefined) return matches.get(fromCodebook)!;
    if (key === '' || noAnswer.has(key) || builtInMissing.has(key)) return MISSING;
    const number = NUMBER.exec(value.trim())?.[1];
    if (number !== undefined) {
      const code = getProvince(number) ? number : KEMENDAGRI_ONLY.get(number);
      return code === undefined ? { kind: 'unknown', suggestions: [] } : matches.get(code)!;
    }
    const code =
      byKey.get(key) ?? byKey.get(foldText(value.trim().replace(PREFIX, '').replace(SUFFIX, '')) || key);
    if (code !== undefined) return matches.get(code)!;
    return { kind: 'unknown', suggestions: closestNames(value, allCandidates, 3) };
  };

  return (value) => {
    let m = cache.get(value);
    if (!m) {
      m = resolve(value);
      cache.set(value, m);
    }
    return m;
  };
}

function label(code: string): string {
  return provinceLabel(code, getProvince(code)?.name.id ?? code);
}
