import { describe, expect, it } from 'vitest';
import { rankingChart, worldMap } from '../../src/index.ts';
import { renderSvg } from '../../src/node/index.ts';

const row = (destination: string, estimate: number | null, flags: string[] = []) => ({
  destination,
  measure: 'first',
  base: 'answered',
  estimate,
  se: estimate === null ? null : 0.001,
  ci_low: estimate === null ? null : estimate / 2,
  ci_high: estimate === null ? null : estimate * 2,
  df: 3,
  deff: null,
  n_unweighted: 13,
  n_weighted: 13,
  count_unweighted: null,
  n_eff: null,
  cv: null,
  flags,
});

describe('layouts at the edges', () => {
  it('draws a world map whose every share is suppressed with a finite size (rings, no size legend)', async () => {
    const rows = ['JP', 'DE', 'KR'].map((d) => row(d, null, ['suppressed:denominator']));
    const svg = await renderSvg(worldMap(rows as never));
    const height = Number(/height="([^"]+)"/.exec(svg)![1]);
    expect(height).toBeGreaterThan(200);
    expect(height).toBeLessThan(1000);
  });

  it('labels the share axis in tenths of a percent when every share is small, never repeating a tick label', async () => {
    const rows = [row('JP', 0.006), row('DE', 0.004), row('KR', 0.002)];
    const svg = await renderSvg(rankingChart(rows as never));
    expect(svg).toContain('>0.2%<');
    expect(svg).toContain('>1.0%<');
    // Before: whole percentages gave the ticks "0% 0% 0% 1% 1% 1%".
    expect(svg).not.toMatch(/>0%<[\s\S]*>0%</);
  });
});
