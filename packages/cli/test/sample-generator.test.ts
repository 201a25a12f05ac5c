import { describe, expect, it } from 'vitest';
import { SURVEY_COLUMNS } from '../../../data/sample/generator/columns.ts';
import { generateSurvey } from '../../../data/sample/generator/generate-survey.ts';
import { rake } from '../../../data/sample/generator/rake.ts';
import { loadReference } from '../../../data/sample/generator/reference.ts';
import { csvLine } from '../../../data/sample/generator/write-csv.ts';

const style = { delimiter: ',', quoteAll: false, eol: '\n' } as const;
const ref = loadReference();

function csv(seed: number, rows: number): string {
  const lines = [csvLine(SURVEY_COLUMNS, style)];
  generateSurvey({
    seed,
    rows,
    ref,
    onRow: (row) =>
      lines.push(
        csvLine(
          SURVEY_COLUMNS.map((c) => String(row[c])),
          style,
        ),
      ),
  });
  return lines.join('');
}

describe('sample generator (data/sample/generator)', () => {
  it('rake(ones, 2×2 margins) converges to the independence table R·C/N within 1e-6', () => {
    const rows = [0, 0, 1, 1];
    const cols = [0, 1, 0, 1];
    const result = rake(
      [1, 1, 1, 1],
      [
        { codes: rows, targets: [30, 70] },
        { codes: cols, targets: [40, 60] },
      ],
    );
    expect(result.converged).toBe(true);
    [12, 18, 28, 42].forEach((expected, i) => {
      expect(Math.abs(result.weights[i]! - expected)).toBeLessThan(1e-6);
    });
  });

  it('rake(unequal design weights, 3 × 2 margins) meets every margin total within 1e-6', () => {
    const province = [0, 0, 0, 1, 1, 2, 2, 2, 2];
    const sex = [0, 1, 1, 0, 1, 0, 0, 1, 1];
    const design = [5, 3, 4, 10, 12, 1, 2, 1.5, 2.5];
    const margins = [
      { codes: province, targets: [100, 250, 50] },
      { codes: sex, targets: [160, 240] },
    ];
    const { weights, converged, maxRelativeError } = rake(design, margins);
    expect(converged).toBe(true);
    expect(maxRelativeError).toBeLessThan(1e-6);
    for (const { codes, targets } of margins) {
      const totals = Array.from(targets, (_, c) =>
        weights.reduce((s, w, i) => (codes[i] === c ? s + w : s), 0),
      );
      totals.forEach((t, c) => {
        expect(Math.abs(t - targets[c]!)).toBeLessThan(1e-6);
      });
    }
    expect(weights.every((w) => w > 0)).toBe(true);
  });

  it('rake(margin with an empty category) throws naming the margin and category', () => {
    expect(() => rake([1, 1], [{ codes: [0, 0], targets: [1, 1] }])).toThrow(/margin 0, category 1/);
  });

  it('generateSurvey({ seed, rows: 500 }) twice gives byte-identical CSV, another seed a different one', () => {
    const first = csv(7, 500);
    expect(csv(7, 500)).toBe(first);
    expect(csv(8, 500)).not.toBe(first);
    const lines = first.trimEnd().split('\n');
    expect(lines).toHaveLength(501);
    expect(lines[0]).toBe(SURVEY_COLUMNS.join(','));
    expect(lines[1]?.startsWith('W26-000001,2026,11,11')).toBe(true);
  });

  it('generateSurvey({ rows: 500 }) covers all 38 provinces with at least two PSUs each', () => {
    const psus = new Map<string, Set<string>>();
    generateSurvey({
      seed: 7,
      rows: 500,
      ref,
      onRow: (row) => psus.set(row.province, (psus.get(row.province) ?? new Set()).add(row.regency)),
    });
    expect(psus.size).toBe(38);
    expect([...psus.values()].every((s) => s.size >= 2)).toBe(true);
  });
});
