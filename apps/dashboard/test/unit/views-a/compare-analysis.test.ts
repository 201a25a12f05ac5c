import { beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../../src/i18n/messages.ts';
import { compareAnalysis } from '../../../src/worker/analyses/compare-analysis.ts';
import type { SurveySession } from '../../../src/worker/survey-session.ts';
import sex from '../../fixtures/views-a/sample-compare-sex.json' with { type: 'json' };
import trend from '../../fixtures/views-a/sample-trend.json' with { type: 'json' };
import { contextFor, sampleRequest, sampleSession } from './sample-session.ts';

// Reference: the CLI's comparison of Female with Male and its trend changes (fixtures/views-a/README.md).

let session: SurveySession;
beforeAll(async () => {
  session = await sampleSession();
});

type Compare = Parameters<typeof sampleRequest>[1];
const run = (change: Compare = {}) =>
  compareAnalysis.fast(contextFor(session, sampleRequest('compare', change)));
const pct = (x: number) => (x * 100).toFixed(1);
const NUMBERS = [
  'group_estimate',
  'reference_estimate',
  'difference',
  'se',
  'ci_low',
  'ci_high',
  'p_value',
] as const;

describe('compareAnalysis', () => {
  it('fast(context) by default compares Female with Male in the latest wave: the rows of the CLI', () => {
    const out = run();
    const chart = out.charts[0]!;
    expect(chart.id).toBe('comparison');
    expect(chart.rows.length).toBe(sex.rows.length);
    for (const want of sex.rows) {
      const row = chart.rows.find((r) => r['destination'] === want.destination)!;
      expect(row['group']).toBe('F');
      expect(row['reference']).toBe('M');
      for (const c of NUMBERS) {
        if (want[c] === null) expect(row[c], `${want.destination} ${c}`).toBeNull();
        else expect(row[c] as number, `${want.destination} ${c}`).toBeCloseTo(want[c], 12);
      }
      expect(row['flags']).toEqual(want.flags);
    }
  });

  it('fast(context): the summary gives the largest significant difference of the CLI rows', () => {
    const significant = sex.rows.filter((r) => r.p_value !== null && r.p_value < 0.05);
    const top = [...significant].sort((a, b) => Math.abs(b.difference!) - Math.abs(a.difference!))[0]!;
    expect(top.destination).toBe('KR');
    const tested = sex.rows.filter((r) => r.p_value !== null).length;
    expect(run().summary).toBe(
      `The largest significant difference is for South Korea: ${pct(top.group_estimate!)}% among Female against ${pct(top.reference_estimate!)}% among Male (−${pct(-top.difference!)} points, p < 0.001); ${significant.length} of ${tested} destinations differ significantly.`,
    );
  });

  it('fast(context) in waves mode compares 2026 with 2025 as independent samples: the CLI trend changes', () => {
    const out = run({ compare: { mode: 'waves', by: '', a: '', b: '' } });
    const rows = out.charts[0]!.rows;
    const changes = trend.rows.filter((c) => c.from_wave === '2025' && c.to_wave === '2026');
    expect(rows.length).toBe(changes.length);
    for (const want of changes) {
      const row = rows.find((r) => r['destination'] === want.destination)!;
      expect([row['reference'], row['group']]).toEqual(['2025', '2026']);
      const pairs = [
        ['reference_estimate', want.from_estimate],
        ['group_estimate', want.to_estimate],
        ['difference', want.change],
        ['se', want.se],
        ['ci_low', want.ci_low],
        ['ci_high', want.ci_high],
        ['p_value', want.p_value],
      ] as const;
      for (const [c, v] of pairs) {
        if (v === null) expect(row[c], `${want.destination} ${c}`).toBeNull();
        else expect(row[c] as number, `${want.destination} ${c}`).toBeCloseTo(v, 12);
      }
      expect(row['df']).toBe(want.df);
    }
    expect(out.notes.map((n) => n.text)).toEqual([t('en', 'compare.waveNote')]);
  });

  it('fast(context) with a filter on the compared grouping lifts it and says so', () => {
    const filtered = run({ filters: { wave: ['2026'], sex: ['F'] } });
    expect(filtered.charts[0]!.rows).toEqual(run().charts[0]!.rows);
    expect(filtered.notes.map((n) => n.text)).toEqual([t('en', 'compare.filterNote', { group: 'sex' })]);
  });

  it('fast(context) with the same level twice, or a level nobody in scope has, draws nothing and says why', () => {
    const same = run({ compare: { mode: 'groups', by: 'sex', a: 'F', b: 'F' } });
    expect(same.charts).toEqual([]);
    expect(same.notes.map((n) => n.text)).toEqual([t('en', 'compare.same')]);
    // Aceh (11) is in Sumatra: with a filter on it, nobody in scope is from Java.
    const filters = { wave: ['2026'], province: ['11'] };
    for (const [a, b] of [
      ['Jawa', 'Sumatra'],
      ['Sumatra', 'Jawa'],
    ]) {
      const empty = run({ filters, compare: { mode: 'groups', by: 'island_group', a: a!, b: b! } });
      expect(empty.charts).toEqual([]);
      expect(empty.notes.map((n) => n.text)).toEqual([t('en', 'compare.empty', { level: 'Java' })]);
    }
  });

  it('fast(context) on a survey without waves: waves mode says there is nothing to compare', async () => {
    const noWave = await sampleSession(['wave']);
    const out = compareAnalysis.fast(
      contextFor(
        noWave,
        sampleRequest('compare', { filters: {}, compare: { mode: 'waves', by: '', a: '', b: '' } }),
      ),
    );
    expect(out.charts).toEqual([]);
    expect(out.notes.map((n) => n.text)).toEqual([t('en', 'compare.noWaves', { count: 0 })]);
  });
});
