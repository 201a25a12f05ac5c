import { readFileSync } from 'node:fs';
import { MinatError, parseSurveySchema, surveyJsonSchema } from '@minat/core';
import { describe, expect, it } from 'vitest';

describe('surveyJsonSchema', () => {
  it('equals the committed packages/core/survey.schema.json (run `pnpm schema:json` after changing the schema)', () => {
    const committed = JSON.parse(readFileSync(new URL('../../survey.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(surveyJsonSchema());
  });

  it('lists the destination question kinds single, ranked and multi', () => {
    const text = JSON.stringify(surveyJsonSchema());
    for (const kind of ['single', 'ranked', 'multi']) expect(text).toContain(`"const":"${kind}"`);
  });
});

describe('parseSurveySchema', () => {
  it('fills defaults: base "answered", key "destination", no dimensions', () => {
    const s = parseSurveySchema({ destination: { kind: 'single', column: 'q' } });
    expect(s.destination).toMatchObject({
      kind: 'single',
      column: 'q',
      key: 'destination',
      base: 'answered',
    });
    expect(s.dimensions).toEqual([]);
    expect(s.questions).toEqual([]);
  });

  it('throws schema-invalid naming the path of each problem', () => {
    const err = (() => {
      try {
        parseSurveySchema(
          { destination: { kind: 'ranked', columns: [] }, dimensions: [{ key: 'Bad Key' }] },
          'x.json',
        );
      } catch (e) {
        return e;
      }
    })() as MinatError;
    expect(err).toBeInstanceOf(MinatError);
    expect(err.code).toBe('schema-invalid');
    expect(err.message).toContain('x.json');
    expect(err.message).toContain('destination.columns');
    expect(err.message).toContain('dimensions.0.key');
  });
});
