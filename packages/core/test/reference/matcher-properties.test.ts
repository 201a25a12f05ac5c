import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countries } from '../../src/reference/countries.ts';
import { createDestinationMatcher } from '../../src/reference/create-destination-matcher.ts';
import { createProvinceMatcher } from '../../src/reference/create-province-matcher.ts';
import { provinces } from '../../src/reference/provinces.ts';

const destinations = countries.filter((c) => c.isDestination);
const noise = fc.constantFrom(' ', '  ', '-', '.', '_', '’');

/** Re-spells a name the way respondents do: random case per letter, random separators between letters. */
const respelled = (name: string) =>
  fc
    .tuple(
      fc.array(fc.boolean(), { minLength: name.length, maxLength: name.length }),
      fc.array(fc.option(noise), { minLength: name.length, maxLength: name.length }),
    )
    .map(([upper, seps]) =>
      name
        .split('')
        .map((ch, i) => (upper[i] ? ch.toUpperCase() : ch.toLowerCase()) + (seps[i] ?? ''))
        .join(''),
    );

describe('matcher properties', () => {
  it('any re-spelling (case, spaces, hyphens, dots) of a destination alias matches its country', () => {
    const pairs = destinations.flatMap((c) => c.aliases.map((a) => [a, c.iso2] as const));
    fc.assert(
      fc.property(
        fc.constantFrom(...pairs).chain(([alias, code]) => respelled(alias).map((v) => [v, code] as const)),
        ([value, code]) => {
          expect(createDestinationMatcher()(value)).toEqual({ kind: 'country', code });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('any re-spelling of a province name or alias matches its BPS code', () => {
    const pairs = provinces.flatMap((p) =>
      [p.name.id, p.name.en, ...p.aliases].map((a) => [a, p.bpsCode] as const),
    );
    const match = createProvinceMatcher();
    fc.assert(
      fc.property(
        fc.constantFrom(...pairs).chain(([name, code]) => respelled(name).map((v) => [v, code] as const)),
        ([value, code]) => {
          expect(match(value)).toEqual({ kind: 'province', code });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary text and always returns one of the four kinds', () => {
    const destination = createDestinationMatcher();
    const province = createProvinceMatcher();
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        expect(['country', 'other', 'missing', 'unknown']).toContain(destination(s).kind);
        expect(['province', 'missing', 'unknown']).toContain(province(s).kind);
      }),
      { numRuns: 500 },
    );
  });

  it('matches 100,000 distinct spellings of known names (spacing, dots and dashes folded)', () => {
    const match = createDestinationMatcher();
    const names = destinations.flatMap((c) => [c.name.id, c.name.en, ...c.aliases]);
    const values = Array.from(
      { length: 100_000 },
      (_, i) =>
        `${names[i % names.length]}${' '.repeat(i % 50)}${'.'.repeat(Math.floor(i / 50) % 50)}${'-'.repeat(Math.floor(i / 2500))}`,
    );
    let matched = 0;
    for (const v of values) if (match(v).kind === 'country') matched++;
    expect(new Set(values).size).toBe(values.length);
    expect(matched).toBe(values.length);
  });
});
