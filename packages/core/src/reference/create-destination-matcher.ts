import { MinatError } from '../errors/minat-error.ts';
import { closestNames, type NameCandidate } from './closest-names.ts';
import { countryLabel, countryNameIndex } from './country-name-index.ts';
import { foldText } from './fold-text.ts';
import { getCountry } from './get-country.ts';
import { NO_ANSWER_VALUES } from './no-answer-values.ts';
import { OTHER_COUNTRY_VALUES } from './other-country-values.ts';

/** What a destination answer means. `code` is an upper-case ISO 3166-1 alpha-2 code. */
export type DestinationMatch =
  | { kind: 'country'; code: string }
  | { kind: 'other'; code: 'ZZ' }
  | { kind: 'missing' }
  | { kind: 'unknown'; suggestions: string[] };

/**
 * A destination matcher: call it for the full match (with suggestions for unknown values); `known(value)`
 * says only whether the value names a country or "another country", without computing suggestions (for
 * trying word runs of a multi-answer cell).
 */
export type DestinationMatcher = ((value: string) => DestinationMatch) & {
  known(value: string): boolean;
};

/** Survey-specific additions to the built-in destination vocabulary. */
export interface DestinationMatcherOptions {
  /** Extra answers meaning "another country" (`ZZ`), on top of `OTHER_COUNTRY_VALUES`. */
  other?: readonly string[];
  /** Extra answers meaning "no answer", on top of `NO_ANSWER_VALUES`. */
  noAnswer?: readonly string[];
  /**
   * A survey codebook: `code` is an ISO 3166-1 alpha-2 code (or `ZZ`), `values` are the spellings used in
   * the file (e.g. KoBo choice names `"jp"`, `"kr_s"`); `label` texts are matched too. Takes precedence
   * over everything else, so it can also re-enable `AS`, `NO` or `NA` as codes.
   */
  codes?: readonly { code: string; values?: readonly string[]; label?: { en: string; id: string } }[];
}

const OTHER: DestinationMatch = Object.freeze({ kind: 'other', code: 'ZZ' });
const MISSING: DestinationMatch = Object.freeze({ kind: 'missing' });
const builtInMissing = new Set(NO_ANSWER_VALUES.map(foldText));
const builtInOther = new Set(OTHER_COUNTRY_VALUES.map(foldText));

function codebookKeys(codes: NonNullable<DestinationMatcherOptions['codes']>): Map<string, string> {
  const keys = new Map<string, string>();
  for (const entry of codes) {
    const code = entry.code.trim().toUpperCase();
    if (code.length !== 2 || !getCountry(code)) {
      throw new MinatError(
        'option-invalid',
        `Destination codebook: "${entry.code}" is not an ISO 3166-1 alpha-2 code.`,
        {
          value: entry.code,
          expected: 'an ISO 3166-1 alpha-2 code such as "JP", or "ZZ" for another country',
        },
      );
    }
    const texts = [
      entry.code,
      ...(entry.values ?? []),
      ...(entry.label ? [entry.label.en, entry.label.id] : []),
    ];
    for (const text of texts) {
      const key = foldText(text);
      const taken = keys.get(key);
      if (key === '' || taken === code) continue;
      if (taken !== undefined) {
        throw new MinatError(
          'option-invalid',
          `Destination codebook: "${text}" is given for both ${taken} and ${code}.`,
          {
            value: text,
            expected: 'each value in the codebook of one code only',
          },
        );
      }
      keys.set(key, code);
    }
  }
  return keys;
}

/**
 * Builds a matcher that turns a destination answer (a country name in English or Indonesian, an alias, an
 * ISO code, "Lainnya", a blank…) into an ISO 3166-1 alpha-2 code. Build it once per question: lookups are
 * Map look-ups on the folded value (see `foldText`) and results are cached per distinct value; only unknown
 * values cost more (their suggestions are computed once each).
 *
 * Order of precedence (first that applies wins):
 * 1. `options.codes` (code, `values`, labels) → that country, or `ZZ` → `other`.
 * 2. A value folding to `""`, `options.noAnswer`, `NO_ANSWER_VALUES` → `missing`.
 * 3. `options.other`, `OTHER_COUNTRY_VALUES` → `other` (`ZZ`).
 * 4. Names and codes of `countryNameIndex`: curated names and aliases of destinations.csv (`"Korsel"`,
 *    `"Korea"` → KR as the CSV says, `"UK"` → GB, `"UEA"`/`"Dubai"` → AE, `"Taipei"` → TW); ISO alpha-2 codes,
 *    matched case-insensitively (`"jp"` → JP), except `AS` (Indonesians mean Amerika Serikat by it), `NO`
 *    and `NA`; alpha-3 codes; all English and Indonesian names of i18n-iso-countries. `"Arab"` and `"AS"` are
 *    deliberately not matched. Ambiguous names (`"Congo"`) are not matched either.
 * 5. Otherwise `unknown`, with up to 3 close names as suggestions (`"Jepang (JP)"`).
 *
 * @param options - Survey-specific values; see {@link DestinationMatcherOptions}. Default: none.
 * @returns `(value) => DestinationMatch`, with `known(value)` (see {@link DestinationMatcher}).
 * @throws MinatError `option-invalid` when a codebook code is not an ISO alpha-2 code, a codebook value is
 *   given for two codes, or a value is in both `other` and `noAnswer`.
 * @example
 * ```ts
 * const match = createDestinationMatcher({ codes: [{ code: 'KR', values: ['kr_s'] }] });
 * match('  korsel '); // { kind: 'country', code: 'KR' }
 * match('kr_s'); // { kind: 'country', code: 'KR' }
 * match('Jepamg'); // { kind: 'unknown', suggestions: ['Jepang (JP)'] }
 * ```
 */
export function createDestinationMatcher(options: DestinationMatcherOptions = {}): DestinationMatcher {
  const { byKey, ambiguous, candidates } = countryNameIndex();
  const codebook = codebookKeys(options.codes ?? []);
  const noAnswer = new Set((options.noAnswer ?? []).map(foldText));
  const other = new Set((options.other ?? []).map(foldText));
  for (const key of other) {
    if (key !== '' && noAnswer.has(key)) {
      const value = options.other?.find((v) => foldText(v) === key) ?? key;
      throw new MinatError(
        'option-invalid',
        `Destination question: "${value}" is in both "other" and "noAnswer".`,
        {
          value,
          expected: 'a value in "other" or in "noAnswer", not both',
        },
      );
    }
  }
  const extraCandidates: NameCandidate[] = [];
  for (const [folded, code] of codebook) extraCandidates.push({ folded, label: label(code) });
  const allCandidates = [...extraCandidates, ...candidates];
  const countryMatches = new Map<string, DestinationMatch>();
  const country = (code: string): DestinationMatch => {
    if (code === 'ZZ') return OTHER;
    let m = countryMatches.get(code);
    if (!m) {
      m = Object.freeze({ kind: 'country', code });
      countryMatches.set(code, m);
    }
    return m;
  };
  const cache = new Map<string, DestinationMatch>();
  /** The match of a folded key, or undefined when the key names nothing. */
  const resolve = (key: string): DestinationMatch | undefined => {
    const fromCodebook = codebook.get(key);
    if (fromCodebook !== undefined) return country(fromCodebook);
    if (key === '' || noAnswer.has(key) || builtInMissing.has(key)) return MISSING;
    if (other.has(key) || builtInOther.has(key)) return OTHER;
    const fromIndex = byKey.get(key);
    return fromIndex === undefined ? undefined : country(fromIndex);
  };
  const match = (value: string): DestinationMatch => {
    const cached = cache.get(value);
    if (cached) return cached;
    const key = foldText(value);
    let m = resolve(key);
    if (m === undefined) {
      const meant = (ambiguous.get(key) ?? []).map(label);
      const close = closestNames(value, allCandidates, 3).filter((s) => !meant.includes(s));
      m = { kind: 'unknown', suggestions: [...meant, ...close].slice(0, Math.max(3, meant.length)) };
    }
    cache.set(value, m);
    return m;
  };
  const knownCache = new Map<string, boolean>();
  const known = (value: string): boolean => {
    const cached = cache.get(value);
    if (cached) return cached.kind === 'country' || cached.kind === 'other';
    let k = knownCache.get(value);
    if (k === undefined) {
      const m = resolve(foldText(value));
      k = m !== undefined && (m.kind === 'country' || m.kind === 'other');
      knownCache.set(value, k);
    }
    return k;
  };
  return Object.assign(match, { known });
}

function label(code: string): string {
  return code === 'ZZ' ? 'Negara lain (ZZ)' : countryLabel(code, getCountry(code)?.name.id ?? code);
}
