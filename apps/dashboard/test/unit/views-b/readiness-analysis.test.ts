import { beforeAll, describe, expect, it } from 'vitest';
import type { SurveySession } from '../../../src/worker/survey-session.ts';
import { fixture, runView, sampleSession, textSession } from './session.ts';

// Reference: the CLI's readiness of the sample, wave 2026 (test/fixtures/views-b/README.md).
interface Row {
  destination: string;
  indicator: string;
  requirement: string | null;
  estimate: number | null;
  se: number | null;
  ci_low: number | null;
  ci_high: number | null;
  df: number | null;
  n_unweighted: number;
  count_unweighted: number | null;
  flags: string[];
}
const expected = fixture<{ rows: Row[] }>('readiness-2026.json').rows;
const cli = (destination: string, indicator: string) =>
  expected.find((r) => r.destination === destination && r.indicator === indicator)!;
const pct = (x: number, lang: 'en' | 'id' = 'en') => {
  const text = `${(x * 100).toFixed(1)}%`;
  return lang === 'id' ? text.replace('.', ',') : text;
};

let sample: SurveySession;
beforeAll(async () => {
  sample = await sampleSession();
});

describe('readinessAnalysis.fast', () => {
  it('gives the readiness chart of wave 2026 with the rows of the CLI (summarize --analysis readiness --wave 2026)', () => {
    const out = runView(sample, 'readiness', { filters: { wave: ['2026'] } });
    expect(out.charts.map((c) => c.id)).toEqual(['readiness']);
    const rows = out.charts[0]!.rows as unknown as Row[];
    expect(rows.length).toBe(expected.length);
    expected.forEach((want, i) => {
      const got = rows[i]!;
      expect([got.destination, got.indicator, got.requirement]).toEqual([
        want.destination,
        want.indicator,
        want.requirement,
      ]);
      for (const c of ['estimate', 'se', 'ci_low', 'ci_high'] as const) {
        if (want[c] === null) expect(got[c], `${want.destination} ${want.indicator} ${c}`).toBeNull();
        else expect(got[c]).toBeCloseTo(want[c]!, 12);
      }
      expect([got.df, got.n_unweighted, got.count_unweighted, got.flags]).toEqual([
        want.df,
        want.n_unweighted,
        want.count_unweighted,
        want.flags,
      ]);
    });
  });

  it('summarises plans and the language requirement of the leading destination, and the lowest language share', () => {
    const plan = cli('JP', 'stage:plan+');
    const language = cli('JP', 'language');
    const lowest = expected
      .filter((r) => r.indicator === 'language' && r.estimate !== null)
      .reduce((a, b) => (b.estimate! < a.estimate! ? b : a));
    expect(lowest.destination).toBe('DE');
    const en = runView(sample, 'readiness', { filters: { wave: ['2026'] } }).summary;
    expect(en).toBe(
      `Of those whose first choice is Japan, ${pct(plan.estimate!)} (${pct(plan.ci_low!)}–${pct(plan.ci_high!)}) have concrete plans (planning or preparing to go). ` +
        `Of them, ${pct(language.estimate!)} (${pct(language.ci_low!)}–${pct(language.ci_high!)}) meet its language requirement (JLPT N4+ or JFT-Basic A2). ` +
        `Among destinations with a language requirement, it is met least often by those who prefer Germany (${pct(lowest.estimate!)}).`,
    );
    const id = runView(sample, 'readiness', { lang: 'id', filters: { wave: ['2026'] } }).summary;
    expect(id).toContain(`Di antara responden dengan pilihan pertama Jepang, ${pct(plan.estimate!, 'id')}`);
    expect(id).toContain('(JLPT N4+ atau JFT-Basic A2)');
    expect(id).toContain(`peminat Jerman (${pct(lowest.estimate!, 'id')})`);
  });

  it('says the base, measure and grouping settings do not apply when they differ from the defaults', () => {
    const out = runView(sample, 'readiness', { filters: { wave: ['2026'] }, settings: { base: 'all' } });
    expect(out.notes.map((n) => n.text)).toContain(
      'Readiness always uses first choices among respondents who answered, by country: the measure, base and destination-grouping settings do not apply to this view.',
    );
    expect(runView(sample, 'readiness', { filters: { wave: ['2026'] } }).notes).toEqual([]);
  });

  it('shows a note and no chart for a survey without intention or readiness fields', async () => {
    const session = await textSession('wave,d\n2026,JP\n2026,KR\n2026,JP\n', {
      wave: 'wave',
      destination: { kind: 'single', column: 'd' },
    });
    for (const lang of ['en', 'id'] as const) {
      const out = runView(session, 'readiness', { lang, filters: { wave: ['2026'] } });
      expect(out.charts).toEqual([]);
      expect(out.summary).toBeUndefined();
      expect(out.notes).toHaveLength(1);
      expect(out.notes[0]!.text).toMatch(
        lang === 'en'
          ? /^This survey has no intention or readiness questions/
          : /^Survei ini tidak memuat pertanyaan niat/,
      );
    }
  });
});
