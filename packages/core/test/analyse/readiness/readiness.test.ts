import {
  buildDesign,
  MinatError,
  parseSurveySchema,
  readTable,
  type SurveySchemaInput,
  validateSurvey,
} from '@minat/core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LANGUAGE_REQUIREMENTS } from '../../../src/analyse/readiness/default-language-requirements.ts';
import { type ReadinessRow, readiness } from '../../../src/analyse/readiness/readiness.ts';

// 13 respondents in one stratum, each its own PSU. Rows 5 (JLPT blank, JFT none) and 12 (no first
// choice) are the edge cases: the first has an unknown language status, the second is in no domain.
const CSV = `w,dest,intention,jlpt,jft,cefr,cert
1,JP,interest,N5,none,,no
2,JP,interest,N4,none,,yes
3,JP,plan,N3,none,,no
4,JP,preparing,none,pass,,yes
5,JP,preparing,,none,,
6,JP,plan,,pass,,no
1,DE,interest,,,A2,no
2,DE,plan,,,B1,yes
3,DE,interest,,,,yes
4,KR,interest,,,,no
7,JP,,N5,none,,yes
10,,interest,N1,pass,C1,yes
8,JP,plan,N1,,,`;

const schema = (weighted: boolean, none = false): SurveySchemaInput => ({
  ...(weighted ? { weight: 'w' } : {}),
  destination: { kind: 'single', column: 'dest' },
  intention: {
    column: 'intention',
    stages: {
      interest: ['interest'],
      plan: ['plan'],
      preparing: ['preparing'],
      ...(none ? { none: ['no'] } : {}),
    },
  },
  readiness: {
    language: [
      { framework: 'JLPT', column: 'jlpt', destination: 'JP' },
      { framework: 'JFT-Basic', column: 'jft', destination: 'JP' },
      { framework: 'CEFR', column: 'cefr', destination: 'DE' },
    ],
    certificate: { column: 'cert' },
  },
});

async function run(
  weighted: boolean,
  csv = CSV,
  options: Parameters<typeof readiness>[2] = {},
  none = false,
) {
  const survey = validateSurvey(
    await readTable({ name: 'r.csv', text: csv }),
    parseSurveySchema(schema(weighted, none)),
  );
  return readiness(survey, buildDesign(survey), options);
}

const cell = (rows: ReadinessRow[], destination: string, indicator: string) => {
  const r = rows.find((x) => x.destination === destination && x.indicator === indicator);
  if (!r) throw new Error(`no row ${destination} ${indicator}`);
  return r;
};

describe('readiness on a hand-built survey', () => {
  it('unweighted: shares among the supporters who answered each item, exactly', async () => {
    const { rows } = await run(false);
    // JP: intention answered by rows 1–6 and 13 (row 11 blank): interest 2, plan 3, preparing 2 of 7.
    expect(cell(rows, 'JP', 'stage:interest').estimate).toBeCloseTo(2 / 7, 14);
    expect(cell(rows, 'JP', 'stage:plan').estimate).toBeCloseTo(3 / 7, 14);
    expect(cell(rows, 'JP', 'stage:preparing').estimate).toBeCloseTo(2 / 7, 14);
    expect(cell(rows, 'JP', 'stage:plan+').estimate).toBeCloseTo(5 / 7, 14);
    // Language: row 5 is unknown (JLPT blank, JFT none) and leaves the base; row 6 meets it by JFT
    // although JLPT is blank; row 13 meets it by JLPT N1 although JFT is blank. Ready: 2, 3, 4, 6, 13 of
    // 1, 2, 3, 4, 6, 11, 13.
    const lang = cell(rows, 'JP', 'language');
    expect(lang.estimate).toBeCloseTo(5 / 7, 14);
    expect(lang.n_unweighted).toBe(7);
    expect(lang.count_unweighted).toBe(5);
    expect(lang.requirement).toBe('JLPT N4+ or JFT-Basic A2');
    expect(lang.base).toBe('first choice JP, language known (jlpt, jft)');
    // Certificate answered by 1, 2, 3, 4, 6, 11: yes on 2, 4, 11.
    const cert = cell(rows, 'JP', 'certificate');
    expect(cert.estimate).toBeCloseTo(1 / 2, 14);
    expect(cert.n_unweighted).toBe(6);
    expect(cert.base).toBe('first choice JP, answered cert');
    // Domain variance over all 13 PSUs of the stratum: z_i = (a_i − ½)/6 for the six, 0 elsewhere.
    expect(cert.se).toBeCloseTo(Math.sqrt((13 / 12) * (6 / 144)), 14);
    expect(cert.df).toBe(5);
    expect(cell(rows, 'DE', 'stage:interest').estimate).toBeCloseTo(2 / 3, 14);
    expect(cell(rows, 'DE', 'stage:preparing').estimate).toBe(0);
    expect(cell(rows, 'DE', 'language').estimate).toBeCloseTo(1 / 2, 14);
    expect(cell(rows, 'DE', 'language').requirement).toBe('CEFR B1+');
    expect(cell(rows, 'DE', 'certificate').estimate).toBeCloseTo(2 / 3, 14);
  });

  it('weighted: ratios of weight sums, exactly', async () => {
    const { rows } = await run(true);
    // JP intention weights: interest 1+2, plan 3+6+8, preparing 4+5; total 29.
    expect(cell(rows, 'JP', 'stage:interest').estimate).toBeCloseTo(3 / 29, 14);
    expect(cell(rows, 'JP', 'stage:plan').estimate).toBeCloseTo(17 / 29, 14);
    expect(cell(rows, 'JP', 'stage:preparing').estimate).toBeCloseTo(9 / 29, 14);
    expect(cell(rows, 'JP', 'stage:plan+').estimate).toBeCloseTo(26 / 29, 14);
    // Language base weights 1+2+3+4+6+7+8 = 31; ready 2+3+4+6+8 = 23.
    expect(cell(rows, 'JP', 'language').estimate).toBeCloseTo(23 / 31, 14);
    expect(cell(rows, 'JP', 'language').n_weighted).toBeCloseTo(31, 12);
    // Certificate base 1+2+3+4+6+7 = 23; yes 2+4+7 = 13.
    const cert = cell(rows, 'JP', 'certificate');
    expect(cert.estimate).toBeCloseTo(13 / 23, 14);
    const w = [1, 2, 3, 4, 6, 7];
    const a = [0, 1, 0, 1, 0, 1];
    const z = w.map((wi, j) => (wi * (a[j]! - 13 / 23)) / 23);
    const ss = z.reduce((s, v) => s + v * v, 0);
    // Σz = 0, so the stratum mean is 0 and V = n/(n−1) Σ z² over the 13 PSUs.
    expect(cert.se).toBeCloseTo(Math.sqrt((13 / 12) * ss), 14);
    expect(cell(rows, 'DE', 'stage:interest').estimate).toBeCloseTo(4 / 6, 14);
    expect(cell(rows, 'DE', 'language').estimate).toBeCloseTo(2 / 3, 14);
    expect(cell(rows, 'DE', 'certificate').estimate).toBeCloseTo(5 / 6, 14);
  });

  it('gives no language row to a destination without a requirement or a column to check it', async () => {
    const { rows, issues } = await run(false);
    expect(rows.filter((r) => r.destination === 'KR').map((r) => r.indicator)).toEqual([
      'stage:interest',
      'stage:plan',
      'stage:preparing',
      'stage:plan+',
      'certificate',
    ]);
    expect(issues.find((i) => i.code === 'readiness-requirement-unchecked')?.value).toBe('KR');
    expect(rows.some((r) => r.destination === '')).toBe(false);
  });

  it('orders destinations by weighted first-choice count and every row carries the standard columns', async () => {
    const { rows } = await run(true);
    expect([...new Set(rows.map((r) => r.destination))]).toEqual(['JP', 'DE', 'KR']);
    for (const r of rows) {
      expect(r.ci_low!).toBeLessThanOrEqual(r.estimate!);
      expect(r.ci_high!).toBeGreaterThanOrEqual(r.estimate!);
      expect(Array.isArray(r.flags)).toBe(true);
    }
    expect(cell(rows, 'DE', 'stage:preparing').flags).toContain('boundary');
  });

  it('adds stage:none and stage:interest+ when the schema has values meaning no intention', async () => {
    const csv = `${CSV}\n9,JP,no,N5,none,,no`;
    const { rows } = await run(false, csv, {}, true);
    expect(
      rows.filter((r) => r.destination === 'JP' && r.indicator.startsWith('stage')).map((r) => r.indicator),
    ).toEqual([
      'stage:none',
      'stage:interest',
      'stage:plan',
      'stage:preparing',
      'stage:interest+',
      'stage:plan+',
    ]);
    expect(cell(rows, 'JP', 'stage:none').estimate).toBeCloseTo(1 / 8, 14);
    expect(cell(rows, 'JP', 'stage:interest+').estimate).toBeCloseTo(7 / 8, 14);
  });

  it('groups by intention (not a dimension of the schema) and filters on it', async () => {
    const { rows } = await run(false, CSV, { by: ['intention'] });
    const jp = rows.filter((r) => r.destination === 'JP' && r.indicator === 'language');
    expect(jp.map((r) => [r['intention'], r.estimate])).toEqual([
      ['interest', 1 / 2],
      ['plan', 1],
      ['preparing', 1],
    ]);
    const filtered = await run(false, CSV, { filter: { intention: ['interest'] } });
    expect(cell(filtered.rows, 'JP', 'certificate').estimate).toBeCloseTo(1 / 2, 14);
    expect(cell(filtered.rows, 'JP', 'certificate').n_unweighted).toBe(2);
  });
});

describe('readiness requirements', () => {
  const levels = `w,dest,intention,jlpt,jft,cefr,cert
1,JP,interest,N5,,,
1,JP,interest,N4,,,
1,JP,interest,N3,,,
1,JP,interest,none,,,
1,JP,interest,N1,,,`;
  const jlptOnly = { JP: { anyOf: [{ framework: 'JLPT', atLeast: 'N4' }] } };

  it('counts N3 and N1 as at least N4, and N5 and none not', async () => {
    const { rows } = await run(false, levels, { requirements: jlptOnly });
    const lang = cell(rows, 'JP', 'language');
    expect(lang.estimate).toBeCloseTo(3 / 5, 14);
    expect(lang.requirement).toBe('JLPT N4+');
  });

  it('a stricter requirement (N3) no longer counts N4', async () => {
    const { rows } = await run(false, levels, {
      requirements: { JP: { anyOf: [{ framework: 'JLPT', atLeast: 'N3' }], label: 'JLPT N3 (drivers)' } },
    });
    expect(cell(rows, 'JP', 'language').estimate).toBeCloseTo(2 / 5, 14);
    expect(cell(rows, 'JP', 'language').requirement).toBe('JLPT N3 (drivers)');
  });

  it('with only one of the alternatives in the survey, reads that one and warns', async () => {
    const csv = levels.replace('w,dest,intention,jlpt,jft,cefr,cert', 'w,dest,intention,jlpt,jfx,cefr,cert');
    const survey = validateSurvey(
      await readTable({ name: 'r.csv', text: csv }),
      parseSurveySchema({
        destination: { kind: 'single', column: 'dest' },
        readiness: { language: [{ framework: 'JLPT', column: 'jlpt' }] },
      }),
    );
    const r = readiness(survey, buildDesign(survey));
    expect(cell(r.rows, 'JP', 'language').requirement).toBe('JLPT N4+');
    expect(r.issues.find((i) => i.code === 'readiness-requirement-partial')?.message).toContain(
      'JFT-Basic pass',
    );
  });

  it('defaults: JP JLPT N4 or JFT-Basic pass, DE CEFR B1, KR EPS-TOPIK passed', () => {
    expect(DEFAULT_LANGUAGE_REQUIREMENTS['JP']!.anyOf).toEqual([
      { framework: 'JLPT', atLeast: 'N4' },
      { framework: 'JFT-Basic', atLeast: 'pass' },
    ]);
    expect(DEFAULT_LANGUAGE_REQUIREMENTS['DE']!.anyOf).toEqual([{ framework: 'CEFR', atLeast: 'B1' }]);
    expect(DEFAULT_LANGUAGE_REQUIREMENTS['KR']!.anyOf).toEqual([
      { framework: 'EPS-TOPIK', atLeast: 'passed' },
    ]);
  });

  it('rejects an unknown framework, an unknown level and "none" as a threshold', async () => {
    for (const t of [
      { framework: 'JLTP', atLeast: 'N4' },
      { framework: 'JLPT', atLeast: 'N6' },
      { framework: 'JLPT', atLeast: 'none' },
    ]) {
      const error = await run(false, levels, { requirements: { JP: { anyOf: [t] } } }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(MinatError);
      expect((error as MinatError).code).toBe('option-invalid');
    }
  });

  it('rejects measures, bases and destination groupings it cannot honour', async () => {
    for (const options of [
      { measure: 'any' },
      { base: 'all' as const },
      { destinations: 'policy-region' as const },
    ]) {
      const error = await run(false, levels, options).catch((e: unknown) => e);
      expect((error as MinatError).code).toBe('option-invalid');
    }
  });

  it('throws schema-invalid without intention and readiness fields', async () => {
    const survey = validateSurvey(
      await readTable({ name: 'r.csv', text: levels }),
      parseSurveySchema({ destination: { kind: 'single', column: 'dest' } }),
    );
    expect(() => readiness(survey, buildDesign(survey))).toThrow(
      /readiness needs intention or readiness fields/,
    );
  });
});
