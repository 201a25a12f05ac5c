import { describe, expect, it } from 'vitest';
import { altText, rankingChart } from '../../src/index.ts';
import { estimateRow } from '../helpers/literal-rows.ts';

const rows = [
  estimateRow('DE', 0.136, [0.124, 0.149]),
  estimateRow('JP', 0.287, [0.27, 0.305]),
  estimateRow('KR', 0.106, [0.094, 0.119]),
  estimateRow('TW', 0.076, [0.067, 0.085]),
  estimateRow('MY', 0.069, [0.06, 0.079]),
  estimateRow('HK', 0.065, [0.058, 0.073]),
  estimateRow('BH', null, null, { flags: ['suppressed:numerator'] }),
];

describe('altText', () => {
  it('altText(rows) lists the five largest shares with intervals, the rest counted, then the suppressed', () => {
    expect(altText(rows)).toBe(
      'Japan 28.7% (27.0–30.5%), Germany 13.6% (12.4–14.9%), South Korea 10.6% (9.4–11.9%), Taiwan 7.6% (6.7–8.5%), ' +
        'Malaysia 6.9% (6.0–7.9%), and 1 more. Suppressed (too few respondents): Bahrain.',
    );
  });

  it("altText(rows, 'id') writes Indonesian names and numbers", () => {
    expect(altText(rows.slice(0, 2), 'id')).toBe('Jepang 28,7% (27,0–30,5%), Jerman 13,6% (12,4–14,9%).');
  });

  it('altText(spec) returns the alt text the builder wrote, only in the spec’s language', () => {
    const spec = rankingChart(rows, { lang: 'id' });
    expect(altText(spec)).toBe((spec as { description: string }).description);
    expect(altText(spec, 'id')).toMatch(/^Diagram batang\. /);
    expect(() => altText(spec, 'en')).toThrow('invalid lang "en" for this spec: it was built in id');
  });

  it('altText(a spec not made by a builder) throws', () => {
    expect(() => altText({ mark: 'bar', data: { values: [] } } as never)).toThrow('invalid spec for altText');
  });
});
