import { describe, expect, it } from 'vitest';
import { altText, bumpChart } from '../../../src/index.ts';
import { bodyOf, rankingRow } from '../../helpers/literal-rows.ts';

const r = (wave: string, d: string, rank: number | null, low: number | null, high: number | null) =>
  rankingRow(d, rank === null ? null : 0.3 / rank, rank === null ? null : [0.1, 0.4], rank, rank, {
    wave,
    rank_low: low,
    rank_high: high,
    flags: rank === null ? ['suppressed:numerator'] : [],
  });
const rows = [
  r('2025', 'TW', 1, 1, 2),
  r('2025', 'JP', 2, 1, 2),
  r('2025', 'HK', 3, 3, 4),
  r('2026', 'JP', 1, 1, 1),
  r('2026', 'TW', 2, 2, 3),
  r('2026', 'HK', null, null, null),
];
const points = (spec: unknown) => (bodyOf(spec)['data'] as { values: Record<string, unknown>[] }).values;

describe('bumpChart', () => {
  it('bumpChart(rows) orders destinations by their latest rank and names them on their latest ranked wave', () => {
    const p = points(bumpChart(rows));
    expect(p.map((x) => `${x['code']} ${x['wave']} ${x['rank']} ${x['last']}`)).toEqual([
      'JP 2025 2 0',
      'JP 2026 1 1',
      'TW 2025 1 0',
      'TW 2026 2 1',
      'HK 2025 3 1',
      'HK 2026 null 0',
    ]);
  });

  it('bumpChart(rows, { top: 1 }) keeps the leader only', () => {
    expect(new Set(points(bumpChart(rows, { top: 1 })).map((x) => x['code']))).toEqual(new Set(['JP']));
  });

  it('writes ranks and rank intervals in the alt text', () => {
    expect(altText(bumpChart(rows, { title: 'R' }))).toBe(
      'Rank chart. R. Japan: rank 2 in 2025 (interval 1–2) → rank 1 in 2026 (interval 1–1); ' +
        'Taiwan: rank 1 in 2025 (interval 1–2) → rank 2 in 2026 (interval 2–3); Hong Kong: rank 3 in 2025 (interval 3–4).',
    );
  });

  it('bumpChart(rows without rank) throws naming the column', () => {
    const { rank: _, ...broken } = rows[0]!;
    expect(() => bumpChart([broken as never])).toThrow('invalid rows for bump: row 1 has no column "rank"');
  });
});
