import { readFileSync } from 'node:fs';
import { buildDesign, parseSurveySchema, readTable, validateSurvey } from '@minat/core';
import { describe, expect, it } from 'vitest';
import { destinationUnits } from '../../src/estimate/destination-grouping.ts';
import { domainRows } from '../../src/estimate/domain-rows.ts';
import { firstChoiceSums } from '../../src/estimate/first-choice-sums.ts';
import type { RatioSums } from '../../src/estimate/ratio-sums.ts';
import { sharedGroupIndex } from '../../src/estimate/shared-group-index.ts';

const root = new URL('../../../../data/sample/', import.meta.url);
const survey = validateSurvey(
  await readTable({ name: 'survey.csv', bytes: new Uint8Array(readFileSync(new URL('survey.csv', root))) }),
  parseSurveySchema(JSON.parse(readFileSync(new URL('survey.json', root), 'utf8'))),
);
const design = buildDesign(survey, { lonelyPsu: 'adjust' });
const q = survey.destination;
const { units, unitOf } = destinationUnits(q.levels, 'country');
const K = units.length;

/** Per PSU: the base, the numerators and whether a row of positive weight is in it. */
function byPsu(sums: RatioSums) {
  const out = new Map<number, { B: number; A: number[]; positive: number }>();
  for (let s = 0; s < sums.size; s++) {
    out.set(sums.slotPsu[s]!, {
      B: sums.B[s]!,
      A: Array.from(sums.A.subarray(s * K, (s + 1) * K)),
      positive: sums.slotPositive[s]!,
    });
  }
  return out;
}

function expectSameSums(a: RatioSums, b: RatioSums) {
  expect(a.size).toBe(b.size);
  expect(Array.from(a.n)).toEqual(Array.from(b.n));
  expect(Array.from(a.nPositive)).toEqual(Array.from(b.nPositive));
  expect(Array.from(a.count)).toEqual(Array.from(b.count));
  const pa = byPsu(a);
  const pb = byPsu(b);
  expect([...pa.keys()].sort()).toEqual([...pb.keys()].sort());
  for (const [psu, x] of pa) {
    const y = pb.get(psu)!;
    expect(x.positive).toBe(y.positive);
    expect(x.B).toBeCloseTo(y.B, 9);
    for (const [k, v] of x.A.entries()) expect(v).toBeCloseTo(y.A[k]!, 9);
  }
}

describe('firstChoiceSums', () => {
  it('firstChoiceSums(…, by province) gives the overall sums of a pass without groups (every row has a province)', () => {
    const rows = domainRows(survey, { sex: ['F'] })!;
    const groups = sharedGroupIndex(survey, ['province']);
    expect(Array.from(rows).every((i) => groups.group[i]! >= 0)).toBe(true);
    const alone = firstChoiceSums(design, q.slots[0]!, unitOf, K, 'answered', rows).overall;
    const both = firstChoiceSums(design, q.slots[0]!, unitOf, K, 'answered', rows, {
      group: groups.group,
      G: groups.labels.length,
    });
    expectSameSums(both.overall, alone);
    // The grouped sums add up to them too.
    expect(Array.from(both.grouped!.n).reduce((a, b) => a + b, 0)).toBe(alone.n[0]);
  });

  it('firstChoiceSums keeps rows without a group (-1) in the overall sums', () => {
    const groups = sharedGroupIndex(survey, ['sex']);
    // Every seventh row has no group (as a missing grouping value gives).
    const group = groups.group.map((g, i) => (i % 7 === 0 ? -1 : g));
    const alone = firstChoiceSums(design, q.slots[0]!, unitOf, K, 'all', undefined).overall;
    const both = firstChoiceSums(design, q.slots[0]!, unitOf, K, 'all', undefined, {
      group,
      G: groups.labels.length,
    });
    expectSameSums(both.overall, alone);
    expect(Array.from(both.grouped!.n).reduce((a, b) => a + b, 0)).toBe(survey.n - Math.ceil(survey.n / 7));
  });
});
