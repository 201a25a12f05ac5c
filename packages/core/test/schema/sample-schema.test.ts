import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SurveySchemaZ } from '../../src/schema/survey-schema.ts';

const sample = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../../../data/sample/${path}`, import.meta.url), 'utf8'));

describe('sample survey schemas (data/sample)', () => {
  it('SurveySchemaZ.parse(survey.json) gives the design roles, five dimensions and a ranked top 3', () => {
    const schema = SurveySchemaZ.parse(sample('survey.json'));
    expect([
      schema.id,
      schema.wave,
      schema.weight,
      schema.strata,
      schema.psu,
      schema.province?.column,
    ]).toEqual(['resp_id', 'wave', 'weight', 'province', 'regency', 'province']);
    expect(schema.dimensions.map((d) => [d.key, d.column])).toEqual([
      ['sex', 'sex'],
      ['age_group', 'age'],
      ['education', 'education'],
      ['occupation', 'occupation'],
      ['worked_abroad', 'worked_abroad'],
    ]);
    expect(schema.dimensions[0]?.codes).toEqual([
      { code: 'M', label: { en: 'Male', id: 'Laki-laki' } },
      { code: 'F', label: { en: 'Female', id: 'Perempuan' } },
    ]);
    expect(schema.dimensions[1]?.bins?.map((b) => [b.code, b.min, b.max])).toEqual([
      ['18-24', 18, 24],
      ['25-29', 25, 29],
      ['30-34', 30, 34],
      ['35-39', 35, 39],
      ['40-44', 40, 44],
      ['45+', 45, undefined],
    ]);
    expect(schema.dimensions[2]?.codes?.map((c) => c.code)).toEqual(['SD', 'SMP', 'SMA', 'SMK', 'D3', 'S1']);
    expect(schema.destination).toMatchObject({ kind: 'ranked', columns: ['dest_1', 'dest_2', 'dest_3'] });
    expect(schema.questions).toMatchObject([
      { kind: 'multi', key: 'considered', column: 'considered', separator: ' ' },
    ]);
    expect(schema.intention?.stages).toEqual({
      none: [],
      interest: ['interest'],
      plan: ['plan'],
      preparing: ['preparing'],
    });
    expect(schema.readiness?.language.map((l) => [l.framework, l.column, l.destination])).toEqual([
      ['JLPT', 'jlpt', 'JP'],
      ['JFT-Basic', 'jft_basic', 'JP'],
      ['CEFR', 'cefr_german', 'DE'],
      ['EPS-TOPIK', 'eps_topik', 'KR'],
    ]);
    expect(schema.readiness?.certificate?.column).toBe('skill_cert');
  });

  it('SurveySchemaZ.parse(kobo/survey.json) reads "considered" from its 35 detail columns considered/<code>', () => {
    const schema = SurveySchemaZ.parse(sample('kobo/survey.json'));
    expect([schema.strata, schema.psu, schema.weight]).toEqual(['province', 'regency', 'weight']);
    const [considered] = schema.questions;
    expect(considered?.kind).toBe('multi');
    if (considered?.kind !== 'multi') return;
    expect(considered.column).toBeUndefined();
    expect(considered.options).toHaveLength(35);
    expect(considered.options?.slice(0, 3)).toEqual([
      { code: 'JP', column: 'considered/JP' },
      { code: 'DE', column: 'considered/DE' },
      { code: 'KR', column: 'considered/KR' },
    ]);
    expect(considered.options?.at(-1)).toEqual({ code: 'ZZ', column: 'considered/ZZ' });
  });
});
