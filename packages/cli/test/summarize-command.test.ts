import { describe, expect, it } from 'vitest';
import { repo, runCli } from './run-cli.ts';

const sample = [repo('data/sample/survey.csv'), '--schema', repo('data/sample/survey.json')];
async function summarize(...args: string[]) {
  const r = await runCli('summarize', ...sample, ...args, '--format', 'json');
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as {
    analysis: string;
    wave: string | null;
    notes: string[];
    rows: Record<string, any>[];
    [k: string]: any;
  };
}

describe('minat summarize on the sample', () => {
  it('ranking: wave 2026 by default, Japan first with p_first above 0.95, Germany second; the same seed twice gives the same numbers', async () => {
    const a = await summarize('--analysis', 'ranking', '--seed', '3');
    expect(a.wave).toBe('2026');
    const jp = a.rows.find((r) => r['destination'] === 'JP')!;
    expect(jp).toMatchObject({ rank: 1 });
    expect(jp['p_first']).toBeGreaterThan(0.95);
    expect(a.rows.find((r) => r['destination'] === 'DE')!['rank']).toBe(2);
    const b = await summarize('--analysis', 'ranking', '--seed', '3');
    expect(b.rows).toEqual(a.rows);
    expect(a.notes.join(' ')).toContain('1000 Rao–Wu subbootstrap replicates, seed 3');
  });

  it('regions: policy regions are their own estimates and (first choice) sum to 100%', async () => {
    const r = await summarize('--analysis', 'regions');
    expect(r.rows[0]!['destination']).toBe('East Asia');
    const total = r.rows.reduce((a, x) => a + (x['estimate'] ?? 0), 0);
    expect(total).toBeCloseTo(1, 9);
  });

  it('trend: Japan rises from 2023 to 2026 (p < 0.001) and the per-wave estimates come along', async () => {
    const t = await summarize('--analysis', 'trend');
    const jp = t.rows.find((r) => r['destination'] === 'JP' && r['span'] === 'first-last')!;
    expect(jp).toMatchObject({ from_wave: '2023', to_wave: '2026' });
    expect(jp['change']).toBeGreaterThan(0.05);
    expect(jp['p_value']).toBeLessThan(0.001);
    expect(t['waves'].length).toBeGreaterThan(100);
  });

  it('compare by sex: differences against the reference level and a Rao–Scott test', async () => {
    const c = await summarize('--analysis', 'compare', '--by', 'sex', '--reference', 'M');
    expect(c.rows.every((r) => r['reference'] === 'M' && r['group'] === 'F')).toBe(true);
    expect(c.rows.find((r) => r['destination'] === 'KR')!['difference']).toBeLessThan(0);
    expect(c['association'].p_value).toBeLessThan(0.001);
  });

  it('readiness: among those preferring Japan, about a quarter meet JLPT N4+ or JFT-Basic', async () => {
    const r = await summarize('--analysis', 'readiness');
    const jp = r.rows.find((x) => x['destination'] === 'JP' && x['indicator'] === 'language')!;
    expect(jp['requirement']).toContain('N4');
    expect(jp['ci_low']).toBeLessThan(0.264);
    expect(jp['ci_high']).toBeGreaterThan(0.264);
  });

  it('placements: Japan beside its 2024 placements; Germany not published (null, not 0)', async () => {
    const p = await summarize('--analysis', 'placements');
    const jp = p.rows.find((x) => x['destination'] === 'JP')!;
    expect(jp).toMatchObject({ placement_count: 12720, placement_year: 2024 });
    const de = p.rows.find((x) => x['destination'] === 'DE')!;
    expect(de['placement_count']).toBeNull();
    expect(de['survey_share']).toBeGreaterThan(0.1);
    expect(p.notes.join(' ')).toContain('2024');
  });

  it('--filter keeps the design and narrows the domain; suppressed cells are null with a reason', async () => {
    const all = await summarize('--analysis', 'regions');
    const lampung = await summarize(
      '--analysis',
      'ranking',
      '--filter',
      'province=18',
      '--replicates',
      '100',
    );
    const n = (rows: Record<string, any>[]) => rows[0]!['n_unweighted'];
    expect(n(lampung.rows)).toBeLessThan(n(all.rows));
    for (const r of lampung.rows.filter((x) => x['flags'].some((f: string) => f.startsWith('suppressed:')))) {
      expect(r['estimate']).toBeNull();
      expect(r['count_unweighted']).toBeNull();
    }
  });

  it('exits 2 naming the problem for an unknown analysis and for compare without --by', async () => {
    const a = await runCli('summarize', ...sample, '--analysis', 'bogus');
    expect(a.code).toBe(2);
    expect(a.stderr).toContain('ranking, trend, compare, readiness, placements, regions');
    const b = await runCli('summarize', ...sample, '--analysis', 'compare');
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('--by');
  });
});
