import { beforeAll, describe, expect, it } from 'vitest';
import type { SurveySession } from '../../../src/worker/survey-session.ts';
import { fixture, runView, sampleSession } from './session.ts';

// Reference: the CLI's estimate (by wave, suppressed) and ranking of the sample, wave 2026
// (test/fixtures/views-b/README.md).
type Row = Record<string, unknown> & { destination: string };
const estimates = fixture<Row[]>('estimate-by-wave.json').filter((r) => r['wave'] === '2026');
const ranking = fixture<Row[]>('rank-2026.json');
const STANDARD = [
  'estimate',
  'se',
  'ci_low',
  'ci_high',
  'df',
  'deff',
  'n_unweighted',
  'n_weighted',
  'count_unweighted',
  'n_eff',
  'cv',
  'flags',
];
const RANK = ['rank', 'diff_next', 'diff_next_p', 'tie_group'];

let sample: SurveySession;
beforeAll(async () => {
  sample = await sampleSession();
});

function expectSame(got: unknown, want: unknown, where: string) {
  if (typeof want === 'number') expect(got, where).toBeCloseTo(want, 12);
  else expect(got, where).toEqual(want);
}

describe('tableAnalysis.fast', () => {
  it('returns every destination of wave 2026 with the standard and ranking columns of the CLI', () => {
    const out = runView(sample, 'table', { filters: { wave: ['2026'] } });
    expect(out.charts).toEqual([]);
    const table = out.table!;
    expect(table.id).toBe('estimates');
    expect(table.columns).toEqual([
      'rank',
      'destination',
      'name',
      ...STANDARD,
      'diff_next',
      'diff_next_p',
      'tie_group',
      'measure',
      'base',
    ]);
    expect(table.rows).toHaveLength(35);
    expect(estimates).toHaveLength(35);
    // Ranking order, as `minat rank` lists them (the unranked suppressed cell last).
    expect(table.rows.map((r) => r['destination'])).toEqual(ranking.map((r) => r.destination));
    for (const row of table.rows) {
      const code = row['destination'] as string;
      const estimate = estimates.find((r) => r.destination === code)!;
      const ranked = ranking.find((r) => r.destination === code)!;
      for (const c of [...STANDARD, 'measure', 'base'].filter((c) => c !== 'flags'))
        expectSame(row[c], estimate[c], `${code} ${c}`);
      // Flags as the ranking publishes them: the estimate's, plus diff-withheld above a suppressed cell.
      for (const c of [...RANK, 'flags']) expectSame(row[c], ranked[c], `${code} ${c}`);
      expect(Object.keys(row).sort()).toEqual([...table.columns].sort());
    }
    expect(table.rows[0]).toMatchObject({ rank: 1, destination: 'JP', name: 'Japan' });
    const bh = table.rows.find((r) => r['destination'] === 'BH')!;
    expect([bh['estimate'], bh['rank'], bh['flags']]).toEqual([null, null, ['suppressed:numerator']]);
  });

  it('names destinations in the language and explains the flags present', () => {
    const en = runView(sample, 'table', { filters: { wave: ['2026'] } });
    expect(en.summary).toMatch(
      /^35 destinations × 20 columns: every estimate behind the current filters and settings \(respondents who answered, wave 2026\)/,
    );
    const legend = en.notes.map((n) => n.text).find((t) => t.startsWith('Flags:'));
    expect(legend).toBe(
      'Flags: diff-withheld: the difference from the next destination is withheld because that destination is suppressed. 1 cell suppressed (left blank, not zero): 1–4 respondents chose the destination.',
    );
    const id = runView(sample, 'table', { lang: 'id', filters: { wave: ['2026'] } });
    expect(id.table!.rows[0]!['name']).toBe('Jepang');
    expect(id.summary).toMatch(/^35 negara tujuan × 20 kolom/);
    expect(id.notes.map((n) => n.text)).toContain(
      'Tanda: diff-withheld: selisih dengan negara tujuan berikutnya tidak ditampilkan karena negara tujuan itu disembunyikan. 1 sel disembunyikan (dikosongkan, bukan nol): hanya 1–4 responden memilih tujuan tersebut.',
    );
  });

  it('follows the settings: with suppression off, no cell is withheld', () => {
    const out = runView(sample, 'table', { filters: { wave: ['2026'] }, settings: { minCell: 0 } });
    const bh = out.table!.rows.find((r) => r['destination'] === 'BH')!;
    expect(bh['estimate']).toBeGreaterThan(0);
    expect(bh['count_unweighted']).toBeLessThan(5);
    expect(out.notes.some((n) => n.text.startsWith('Flags:'))).toBe(false);
  });
});
