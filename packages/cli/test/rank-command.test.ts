import { describe, expect, it } from 'vitest';
import { repo, runCli } from './run-cli.ts';

describe('minat rank', () => {
  it('ranks the latest sample wave: Japan first (P(first) > 0.95), Germany second, published shares at most 100%', async () => {
    const r = await runCli(
      'rank',
      repo('data/sample/survey.csv'),
      '--schema',
      repo('data/sample/survey.json'),
      '--format',
      'json',
    );
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as {
      rank: number;
      wave: string;
      destination: string;
      estimate: number | null;
      p_first: number;
    }[];
    expect(rows[0]).toMatchObject({ rank: 1, wave: '2026', destination: 'JP' });
    expect(rows[1]).toMatchObject({ rank: 2, destination: 'DE' });
    expect(rows[0]!.p_first).toBeGreaterThan(0.95);
    const total = rows.reduce((a, x) => a + (x.estimate ?? 0), 0);
    expect(total).toBeLessThanOrEqual(1 + 1e-12);
    expect(total).toBeGreaterThan(0.99);
  });

  it('prints a readable table with English and Indonesian names', async () => {
    const r = await runCli(
      'rank',
      repo('data/sample/survey.csv'),
      '--schema',
      repo('data/sample/survey.json'),
      '--wave',
      '2023',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('wave 2023');
    expect(r.stdout).toMatch(/1 {2}JP {4}Japan \(Jepang\)/);
  });

  it('exits 2 on a wave the file does not have', async () => {
    const r = await runCli(
      'rank',
      repo('data/sample/survey.csv'),
      '--schema',
      repo('data/sample/survey.json'),
      '--wave',
      '1999',
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('2023, 2024, 2025, 2026');
  });
});
