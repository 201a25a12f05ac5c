import { readFileSync } from 'node:fs';
import {
  buildDesign,
  compareGroups,
  isSuppressed,
  parseSurveySchema,
  publishComparison,
  publishRanking,
  publishRows,
  publishTrend,
  rankDestinations,
  readTable,
  trend,
  validateSurvey,
} from '@minat/core';
import { beforeAll, describe, expect, it } from 'vitest';

const root = new URL('../../../../', import.meta.url);
let survey: ReturnType<typeof validateSurvey>;
let design: ReturnType<typeof buildDesign>;

beforeAll(async () => {
  const bytes = new Uint8Array(readFileSync(new URL('data/sample/survey.csv', root)));
  const schema = parseSurveySchema(
    JSON.parse(readFileSync(new URL('data/sample/survey.json', root), 'utf8')),
  );
  survey = validateSurvey(await readTable({ name: 'survey.csv', bytes }), schema);
  design = buildDesign(survey);
});

describe('publishing results (reliability + small-cell suppression)', () => {
  it('publishRanking nulls a suppressed cell and its ranking columns, and withholds the difference just above it', () => {
    const result = rankDestinations(survey, design, {
      by: ['sex'],
      filter: { wave: ['2026'] },
      replicates: 200,
      seed: 7,
    });
    const rows = publishRanking(result);
    const hidden = rows.filter(isSuppressed);
    expect(hidden.length).toBeGreaterThan(0);
    for (const r of hidden) {
      expect([
        r.estimate,
        r.se,
        r.ci_low,
        r.ci_high,
        r.count_unweighted,
        r.rank,
        r.p_first,
        r.diff_next,
      ]).toEqual([null, null, null, null, null, null, null, null]);
      expect(r.n_unweighted).toBeGreaterThan(0);
    }
    rows.forEach((r, j) => {
      const next = rows[j + 1];
      if (next && next['sex'] === r['sex'] && isSuppressed(next) && !isSuppressed(r)) {
        expect(r.diff_next).toBeNull();
        expect(r.flags).toContain('diff-withheld');
        expect(r.estimate).not.toBeNull();
      }
    });
  });

  it('publishRows flags under the chosen standard and never turns a suppressed share into 0', () => {
    const result = rankDestinations(survey, design, { filter: { wave: ['2026'] }, replicates: 50 });
    const bps = publishRows(result.estimate.rows, { reliability: 'bps' });
    expect(bps.some((r) => r.flags.some((f) => f.endsWith(':bps')))).toBe(true);
    expect(bps.filter(isSuppressed).every((r) => r.estimate === null)).toBe(true);
    const raw = publishRows(result.estimate.rows, { suppress: false });
    expect(raw.some(isSuppressed)).toBe(false);
  });

  it('publishComparison and publishTrend null differences that involve a suppressed cell', () => {
    const compare = publishComparison(
      compareGroups(survey, design, { by: 'sex', filter: { wave: ['2026'] } }),
    );
    const cut = compare.filter((r) => r.flags.includes('suppressed:component'));
    expect(cut.length).toBeGreaterThan(0);
    expect(cut.every((r) => r.difference === null && r.group_estimate === null)).toBe(true);
    const t = publishTrend(trend(survey, design, {}));
    const hiddenChanges = t.changes.filter((c) => c.flags.includes('suppressed:component'));
    expect(hiddenChanges.every((c) => c.change === null)).toBe(true);
    expect(t.changes.find((c) => c.destination === 'JP' && c.span === 'first-last')!.change).toBeGreaterThan(
      0.05,
    );
  });
});
