import { describe, expect, it } from 'vitest';
import { altText, heatmap } from '../../../src/index.ts';
import { bodyOf, estimateRow } from '../../helpers/literal-rows.ts';

const rows = [
  estimateRow('JP', 0.31, [0.28, 0.34], { province: '35' }),
  estimateRow('DE', 0.12, [0.05, 0.25], { province: '35', flags: ['unreliable:nchs'] }),
  estimateRow('KR', null, null, { province: '35', flags: ['suppressed:numerator'] }),
  estimateRow('JP', 0.236, [0.2, 0.27], { province: '18' }),
  estimateRow('DE', 0.14, [0.1, 0.18], { province: '18', flags: ['caution:nchs'] }),
  estimateRow('KR', 0.06, [0.04, 0.08], { province: '18' }),
];
const cells = (spec: unknown) => (bodyOf(spec)['data'] as { values: Record<string, unknown>[] }).values;

describe('heatmap', () => {
  it('heatmap(rows by province) writes percents, less reliable in brackets, suppressed as ×', () => {
    expect(cells(heatmap(rows)).map((c) => `${c['group_label']}|${c['label']}|${c['text']}`)).toEqual([
      'East Java|Japan|31',
      'East Java|Germany|(12)',
      'East Java|South Korea|×',
      'Lampung|Japan|24',
      'Lampung|Germany|(14)',
      'Lampung|South Korea|6',
    ]);
  });

  it("heatmap(rows, { lang: 'id', top: 2 }) names provinces in Indonesian and keeps the first two destinations", () => {
    const c = cells(heatmap(rows, { lang: 'id', top: 2 }));
    expect([...new Set(c.map((x) => x['group_label']))]).toEqual(['Jawa Timur', 'Lampung']);
    expect([...new Set(c.map((x) => x['label']))]).toEqual(['Jepang', 'Jerman']);
  });

  it('groups by another column with labels, and names the suppressed count in the alt text', () => {
    const bySex = rows.map(({ province, ...r }) => ({ ...r, sex: province === '35' ? 'F' : 'M' }));
    const spec = heatmap(bySex, { labels: { F: 'Women', M: 'Men' }, groupLabel: 'sex', title: 'T' });
    expect([...new Set(cells(spec).map((x) => x['group_label']))]).toEqual(['Women', 'Men']);
    expect(altText(spec)).toBe(
      'Heatmap. T. Highest: Women – Japan 31.0% (28.0–34.0%), Men – Japan 23.6% (20.0–27.0%), Men – Germany 14.0% (10.0–18.0%), ' +
        'Women – Germany 12.0% (5.0–25.0%), Men – South Korea 6.0% (4.0–8.0%). 1 of 6 cells suppressed (too few respondents).',
    );
  });

  it("heatmap(rows, { group: 'sex' }) without that column throws naming the row", () => {
    expect(() => heatmap(rows, { group: 'sex' })).toThrow(
      'invalid group "sex" for heatmap: row 1 has no such column',
    );
  });
});
