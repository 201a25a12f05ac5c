import { beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../../src/i18n/messages.ts';
import { trendsAnalysis } from '../../../src/worker/analyses/trends-analysis.ts';
import type { SurveySession } from '../../../src/worker/survey-session.ts';
import cli from '../../fixtures/views-a/sample-trend.json' with { type: 'json' };
import { contextFor, sampleRequest, sampleSession } from './sample-session.ts';

// Reference: the CLI's trend of the sample (fixtures/views-a/README.md).

let session: SurveySession;
beforeAll(async () => {
  session = await sampleSession();
});

const run = (mode: 'fast' | 'full', filters?: Record<string, string[]>, lang: 'en' | 'id' = 'en') => {
  const context = contextFor(session, sampleRequest('trends', { lang, ...(filters ? { filters } : {}) }));
  return mode === 'fast' ? trendsAnalysis.fast(context) : trendsAnalysis.full!(context);
};
const pct = (x: number) => (x * 100).toFixed(1);

describe('trendsAnalysis', () => {
  it('fast(context): the trend chart rows are the CLI per-wave shares (estimate, SE, interval, n, flags)', () => {
    const out = run('fast');
    const trend = out.charts.find((c) => c.id === 'trend')!;
    expect(trend.name).toBe('trend');
    expect(trend.rows.length).toBe(cli.waves.length);
    for (const want of cli.waves) {
      const row = trend.rows.find((r) => r['wave'] === want.wave && r['destination'] === want.destination);
      expect(row, `${want.wave} ${want.destination}`).toBeDefined();
      for (const c of ['estimate', 'se', 'ci_low', 'ci_high'] as const) {
        if (want[c] === null) expect(row![c]).toBeNull();
        else expect(row![c] as number).toBeCloseTo(want[c], 12);
      }
      expect(row!['n_unweighted']).toBe(want.n_unweighted);
      expect(row!['flags']).toEqual(want.flags);
    }
  });

  it('fast(context) ignores the wave filter and says so', () => {
    const latest = run('fast', { wave: ['2026'] });
    const first = run('fast', { wave: ['2023'] });
    expect(first.charts[0]!.rows).toEqual(latest.charts[0]!.rows);
    expect(latest.notes.map((n) => n.text)).toContain(t('en', 'filters.trendNote'));
  });

  it('fast(context): the bump chart ranks each wave by the CLI shares, without rank intervals', () => {
    const bump = run('fast').charts.find((c) => c.id === 'bump')!;
    for (const wave of ['2023', '2024', '2025', '2026']) {
      const order = cli.waves
        .filter((r) => r.wave === wave && r.estimate !== null)
        .sort((a, b) => b.estimate! - a.estimate!)
        .map((r) => r.destination);
      for (const [i, code] of order.slice(0, 6).entries()) {
        const row = bump.rows.find((r) => r['wave'] === wave && r['destination'] === code)!;
        expect(row['rank'], `${wave} ${code}`).toBe(i + 1);
        expect(row['rank_low']).toBeNull();
      }
    }
    expect(JSON.stringify(bump.spec)).toContain(t('en', 'trends.bumpSubtitle'));
    expect(JSON.stringify(bump.spec)).not.toContain('rank intervals');
  });

  it('full(context) adds the rank intervals from the bootstrap and drops the "still computing" note', () => {
    const out = run('full');
    const bump = out.charts.find((c) => c.id === 'bump')!;
    const jp = bump.rows.find((r) => r['wave'] === '2026' && r['destination'] === 'JP')!;
    expect(jp['rank']).toBe(1);
    expect(jp['rank_low']).toBe(1);
    expect(jp['rank_high']).toBe(1);
    expect(JSON.stringify(bump.spec)).toContain('vertical bars show 95% rank intervals');
    expect(out.notes.map((n) => n.text)).toEqual([t('en', 'filters.trendNote')]);
    expect(run('fast').notes.map((n) => n.text)).toContain(t('en', 'trends.partial'));
  });

  it('fast(context): the summary names the largest rise and fall from the first to the last wave, as the CLI', () => {
    const span = cli.rows.filter((c) => c.span === 'first-last' && c.change !== null);
    const rise = [...span].sort((a, b) => b.change! - a.change!)[0]!;
    const fall = [...span].sort((a, b) => a.change! - b.change!)[0]!;
    expect(rise.destination).toBe('JP');
    expect(fall.destination).toBe('HK');
    expect(rise.p_value!).toBeLessThan(0.05);
    expect(fall.p_value!).toBeLessThan(0.05);
    expect(run('fast').summary).toBe(
      `From 2023 to 2026, Japan rose most: from ${pct(rise.from_estimate!)}% to ${pct(rise.to_estimate!)}% (+${pct(rise.change!)} points, significant, p < 0.05). ` +
        `Hong Kong fell most: from ${pct(fall.from_estimate!)}% to ${pct(fall.to_estimate!)}% (−${pct(-fall.change!)} points, significant, p < 0.05).`,
    );
    const id = run('fast', undefined, 'id').summary!;
    expect(id).toContain(`Jepang paling banyak naik: dari ${pct(rise.from_estimate!).replace('.', ',')}%`);
    expect(id).toContain(`(+${pct(rise.change!).replace('.', ',')} poin, nyata, p < 0,05)`);
  });

  it('fast(context) on a survey without waves: no charts, a note', async () => {
    const noWave = await sampleSession(['wave']);
    const context = contextFor(noWave, sampleRequest('trends', { filters: {} }));
    for (const out of [trendsAnalysis.fast(context), trendsAnalysis.full!(context)]) {
      expect(out.charts).toEqual([]);
      expect(out.notes.map((n) => n.text)).toEqual([t('en', 'trends.noWaves', { count: 0 })]);
    }
  });
});
