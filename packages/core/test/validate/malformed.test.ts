import { readFileSync } from 'node:fs';
import { MinatError, parseSurveySchema, readTable, validateSurvey } from '@minat/core';
import { describe, expect, it } from 'vitest';

const dir = new URL('../fixtures/malformed/', import.meta.url);
const schema = parseSurveySchema(JSON.parse(readFileSync(new URL('validate-schema.json', dir), 'utf8')));

async function validateFixture(name: string) {
  const bytes = new Uint8Array(readFileSync(new URL(name, dir)));
  return validateSurvey(await readTable({ name, bytes }), schema);
}

/** fixture → expected rejections as [row, code, column, value]. */
const cases: Record<string, [number, string, string, string][]> = {
  'validate-negative-weight.csv': [[3, 'weight-negative', 'w', '-0.5']],
  'validate-nan-weight.csv': [
    [3, 'weight-not-finite', 'w', 'NaN'],
    [4, 'weight-not-finite', 'w', 'nan'],
  ],
  'validate-text-weight.csv': [
    [2, 'weight-not-numeric', 'w', 'satu'],
    [4, 'weight-not-numeric', 'w', '1kg'],
  ],
  'validate-infinite-weight.csv': [
    [3, 'weight-not-finite', 'w', 'Infinity'],
    [4, 'weight-not-finite', 'w', '1e999'],
  ],
  'validate-missing-weight.csv': [[3, 'design-value-missing', 'w', '']],
  'validate-missing-psu.csv': [[3, 'design-value-missing', 'psu', '']],
  'validate-missing-stratum.csv': [[3, 'design-value-missing', 'prov', '']],
  'validate-missing-wave.csv': [[3, 'design-value-missing', 'wave', '']],
  'validate-unknown-destination.csv': [
    [3, 'destination-unknown', 'dest_1', 'Jepamg'],
    [4, 'destination-unknown', 'dest_1', 'Atlantis'],
    [5, 'destination-unknown', 'dest_1', 'Jepamg'],
  ],
  'validate-unknown-province.csv': [
    [3, 'province-unknown', 'prov', 'Jawa Timurr'],
    [4, 'province-unknown', 'prov', 'Narnia'],
  ],
  'validate-repeated-choice.csv': [[2, 'destination-repeated', 'dest_2', 'JP']],
  'validate-unknown-multi.csv': [[2, 'destination-unknown', 'considered', 'Mordor']],
  'validate-ragged.csv': [
    [3, 'ragged-row', '(row)', ''],
    [4, 'ragged-row', '(row)', ''],
  ],
  'validate-many-problems.csv': [[3, 'weight-negative', 'w', '-1']],
  'validate-duplicate-id.csv': [],
};

describe('validateSurvey on malformed fixtures', () => {
  for (const [name, expected] of Object.entries(cases)) {
    it(`${name} gives ${expected.length ? expected.map((e) => `${e[1]}@${e[0]}`).join(', ') : 'no rejection'} and loses no row`, async () => {
      const s = await validateFixture(name);
      expect(s.accounting.rejected.map((r) => [r.row, r.code, r.column, r.value])).toEqual(expected);
      expect(s.accounting.accepted + s.accounting.rejected.length).toBe(s.accounting.read);
      expect(s.n).toBe(s.accounting.accepted);
    });
  }

  it('validate-unknown-destination.csv lists each unknown value once with its count and closest names', async () => {
    const s = await validateFixture('validate-unknown-destination.csv');
    const summary = s.issues.filter((i) => i.code === 'destination-unknown-summary');
    expect(summary.map((i) => [i.value, i.count])).toEqual([
      ['Jepamg', 2],
      ['Atlantis', 1],
    ]);
    expect(summary[0]!.details!['suggestions']).toContain('Jepang (JP)');
  });

  it('validate-many-problems.csv puts all four problems of row 3 in its reason', async () => {
    const s = await validateFixture('validate-many-problems.csv');
    const codes = s.accounting.rejected[0]!.problems.map((p) => p.code);
    expect(codes).toEqual([
      'weight-negative',
      'design-value-missing',
      'province-unknown',
      'destination-unknown',
    ]);
  });

  it('validate-duplicate-id.csv warns about id 1 on rows 2 and 3', async () => {
    const s = await validateFixture('validate-duplicate-id.csv');
    expect(s.issues.find((i) => i.code === 'id-duplicate')).toMatchObject({
      level: 'warning',
      value: '1',
      count: 1,
    });
  });

  it('validate-missing-column.csv throws column-missing for "w" suggesting "weight"', async () => {
    const err = await validateFixture('validate-missing-column.csv').catch((e) => e);
    expect(err).toBeInstanceOf(MinatError);
    expect(err).toMatchObject({ code: 'column-missing', column: 'w', file: 'validate-missing-column.csv' });
    expect(err.message).toContain('weight');
  });
});
