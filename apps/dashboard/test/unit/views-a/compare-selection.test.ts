import { beforeAll, describe, expect, it } from 'vitest';
import { compareSelection } from '../../../src/worker/analyses/compare-selection.ts';
import type { SurveyInfo } from '../../../src/worker/protocol.ts';
import { sampleSession } from './sample-session.ts';

let info: SurveyInfo;
beforeAll(async () => {
  info = (await sampleSession()).info();
});

const pick = (s: ReturnType<typeof compareSelection>) =>
  'problem' in s ? s : { mode: s.mode, by: s.by, a: s.a, b: s.b };

describe('compareSelection(info, compare)', () => {
  it('defaults to the first dimension of the schema (sex) and its first two levels (Male, Female)', () => {
    expect(pick(compareSelection(info, { mode: 'groups', by: '', a: '', b: '' }))).toEqual({
      mode: 'groups',
      by: 'sex',
      a: 'M',
      b: 'F',
    });
  });

  it('offers the dimensions in schema order, then the island group; never wave or province', () => {
    const s = compareSelection(info, { mode: 'groups', by: '', a: '', b: '' });
    if ('problem' in s) throw new Error(s.problem);
    expect(s.choices.map((g) => g.key)).toEqual([
      'sex',
      'age_group',
      'education',
      'occupation',
      'worked_abroad',
      'island_group',
    ]);
  });

  it('keeps valid choices, replaces unknown ones, and never defaults b to a', () => {
    expect(pick(compareSelection(info, { mode: 'groups', by: 'education', a: 'S1', b: 'nope' }))).toEqual({
      mode: 'groups',
      by: 'education',
      a: 'S1',
      b: 'SD',
    });
    expect(pick(compareSelection(info, { mode: 'groups', by: 'wave', a: '', b: '' }))).toMatchObject({
      by: 'sex',
    });
  });

  it('in waves mode defaults to the previous and the latest wave', () => {
    expect(pick(compareSelection(info, { mode: 'waves', by: 'sex', a: '', b: '' }))).toEqual({
      mode: 'waves',
      by: 'wave',
      a: '2025',
      b: '2026',
    });
    expect(pick(compareSelection(info, { mode: 'waves', by: '', a: '2026', b: '' }))).toMatchObject({
      a: '2026',
      b: '2025',
    });
  });
});
