import { beforeAll, describe, expect, it } from 'vitest';
import type { SurveySession } from '../../../src/worker/survey-session.ts';
import { fixture, placementYearsFromCsv, runView, sampleSession, textSession } from './session.ts';

// Reference: the CLI's placements comparison of the sample, wave 2026 (test/fixtures/views-b/README.md),
// and the placement figures' own CSV (data/reference/placements.csv) for the years and the G-to-G count.
interface Row {
  destination: string;
  name: string | null;
  survey_share: number | null;
  placement_share: number | null;
  ratio: number | null;
  gap: number | null;
  placement_count: number | null;
  placement_year: number | null;
  note: string;
}
const expected = fixture<{ rows: Row[]; notes: string[] }>('placements-2026.json');
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const points = (x: number) => {
  const text = (x * 100).toFixed(1).replace('-', '−');
  return x > 0 ? `+${text}` : text;
};
const years = placementYearsFromCsv();

let sample: SurveySession;
beforeAll(async () => {
  sample = await sampleSession();
});

describe('placementsAnalysis.fast', () => {
  it('compares wave 2026 with the 2024 placements as the CLI does (summarize --analysis placements --wave 2026)', () => {
    const out = runView(sample, 'placements', { filters: { wave: ['2026'] } });
    expect(out.charts.map((c) => c.id)).toEqual(['placements']);
    const rows = out.charts[0]!.rows as unknown as (Row & { flags: string[] })[];
    expect(rows.map((r) => r.destination)).toEqual(expected.rows.map((r) => r.destination));
    expected.rows.forEach((want, i) => {
      const got = rows[i]!;
      for (const c of ['survey_share', 'placement_share', 'ratio', 'gap'] as const) {
        if (want[c] === null) expect(got[c], `${want.destination} ${c}`).toBeNull();
        else expect(got[c]).toBeCloseTo(want[c]!, 12);
      }
      expect([got.name, got.placement_count, got.placement_year, got.note]).toEqual([
        want.name,
        want.placement_count,
        want.placement_year,
        want.note,
      ]);
    });
    // The share's flags travel with the row, so a suppressed share reads "suppressed", not "no estimate".
    expect(rows.find((r) => r.destination === 'BH')!.flags).toEqual(['suppressed:numerator']);
  });

  it('says which year the wave is paired with, and that unpublished placements are unknown, not zero', () => {
    const notes = runView(sample, 'placements', { filters: { wave: ['2026'] } }).notes.map((n) => n.text);
    expect(expected.notes[0]).toContain('paired with 2024');
    expect(notes[0]).toBe(
      'Wave 2026 is compared with 2024 placements, the latest year with figures by destination (none are published for 2025–2026).',
    );
    const missing = expected.rows.filter((r) => r.placement_share === null && r.destination !== 'ZZ');
    const names = missing.map((r) => r.name!);
    expect(names.slice(0, 2)).toEqual(['Germany', 'Australia']);
    const list = `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
    expect(notes[1]).toBe(
      `“Not published” is not zero: ${list} are not among the 20 destinations in the published 2024 full-year figures, so their placements are unknown. ` +
        'For Germany, the 2024 government-to-government (G-to-G) scheme alone placed 114 workers (indopos_2024); this is a lower bound, not the total.',
    );
  });

  it('states the biggest gap and the biggest the other way', () => {
    const paired = expected.rows
      .filter((r) => r.gap !== null && r.destination !== 'ZZ')
      .sort((a, b) => Math.abs(b.gap!) - Math.abs(a.gap!));
    const [hk] = paired;
    const jp = paired.find((r) => r.gap! > 0)!;
    expect([hk!.destination, jp.destination]).toEqual(['HK', 'JP']);
    const summary = runView(sample, 'placements', { filters: { wave: ['2026'] } }).summary;
    expect(summary).toBe(
      `The biggest gap between preference and placements is Hong Kong: it received ${pct(hk!.placement_share!)} of placements in 2024, but only ${pct(hk!.survey_share!)} name it first (${points(hk!.gap! / 100)} percentage points). ` +
        `The largest gap the other way is Japan (${pct(jp.survey_share!)} against ${pct(jp.placement_share!)}, ${points(jp.gap! / 100)} points).`,
    );
    const id = runView(sample, 'placements', { lang: 'id', filters: { wave: ['2026'] } }).summary;
    expect(id).toMatch(/^Selisih terbesar antara preferensi dan penempatan ada pada Hong Kong: .*33,5%/);
  });

  it('pairs wave 2023 with its own year, without a pairing note', () => {
    const out = runView(sample, 'placements', { filters: { wave: ['2023'] } });
    expect(out.charts).toHaveLength(1);
    expect(new Set(out.charts[0]!.rows.map((r) => r['placement_year']))).toEqual(new Set([2023]));
    expect(out.notes.some((n) => n.text.startsWith('Wave 2023 is compared'))).toBe(false);
  });

  it('asks for one wave, and lists the years with placement figures, when several waves are filtered', () => {
    expect(years).toEqual([2016, 2019, 2020, 2021, 2023, 2024]);
    const out = runView(sample, 'placements', { filters: { wave: ['2025', '2026'] } });
    expect(out.charts).toEqual([]);
    expect(out.notes.map((n) => n.text)).toEqual([
      'Choose one wave in the filters: the first choices of one wave are compared with the placements of its year.',
      `Placement statistics by destination are available for ${years.slice(0, -1).join(', ')} and ${years.at(-1)}.`,
    ]);
    const id = runView(sample, 'placements', { lang: 'id', filters: { wave: ['2025', '2026'] } });
    expect(id.notes[1]!.text).toBe(
      'Statistik penempatan per negara tujuan tersedia untuk 2016, 2019, 2020, 2021, 2023 dan 2024.',
    );
  });

  it('explains why there is no chart for a survey without waves, a wave not named by a year, or a year before any figures', async () => {
    const noWave = await textSession('d\nJP\nKR\n', { destination: { kind: 'single', column: 'd' } });
    expect(runView(noWave, 'placements').notes[0]!.text).toMatch(/this survey has no waves/);
    const named = await textSession('wave,d\nW1,JP\nW1,KR\n', {
      wave: 'wave',
      destination: { kind: 'single', column: 'd' },
    });
    const out = runView(named, 'placements', { filters: { wave: ['W1'] } });
    expect(out.charts).toEqual([]);
    expect(out.notes[0]!.text).toBe(
      'Wave W1 is not named by a year, so it cannot be paired with placement statistics.',
    );
    const early = await textSession('wave,d\n2010,JP\n2010,KR\n', {
      wave: 'wave',
      destination: { kind: 'single', column: 'd' },
    });
    const old = runView(early, 'placements', { filters: { wave: ['2010'] } });
    expect(old.charts).toEqual([]);
    expect(old.notes[0]!.text).toBe(
      'No placement statistics by destination are published for 2010 or earlier.',
    );
  });
});
