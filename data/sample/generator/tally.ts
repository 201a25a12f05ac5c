import type { SurveyRow } from './columns.ts';

/** Weighted counts of the calibration figures, filled row by row. */
export interface Tally {
  add(row: SurveyRow): void;
  /** The report printed by `pnpm sample` (and copied into the README). */
  report(names: Record<string, string>): string;
}

type Counts = Map<string, number>;

const bump = (m: Counts, key: string, w: number) => m.set(key, (m.get(key) ?? 0) + w);
const pct = (part: number, whole: number) => (whole > 0 ? ((100 * part) / whole).toFixed(1) : '–');

/** A weighted share of `hits` among rows passing `base`, for the checks section. */
interface Check {
  label: string;
  base: (r: SurveyRow) => boolean;
  hit: (r: SurveyRow) => boolean;
}

const JP_READY = (r: SurveyRow) => ['N4', 'N3', 'N2', 'N1'].includes(r.jlpt) || r.jft_basic === 'pass';
const CHECKS: Check[] = [
  { label: 'female', base: () => true, hit: (r) => r.sex === 'F' },
  {
    label: 'education SMA/SMK',
    base: () => true,
    hit: (r) => r.education === 'SMA' || r.education === 'SMK',
  },
  { label: 'education SMP', base: () => true, hit: (r) => r.education === 'SMP' },
  { label: 'education SD', base: () => true, hit: (r) => r.education === 'SD' },
  { label: 'education D3/S1', base: () => true, hit: (r) => r.education === 'D3' || r.education === 'S1' },
  { label: 'worked abroad', base: () => true, hit: (r) => r.worked_abroad === 'yes' },
  { label: 'intention interest', base: () => true, hit: (r) => r.intention === 'interest' },
  { label: 'intention plan', base: () => true, hit: (r) => r.intention === 'plan' },
  { label: 'intention preparing', base: () => true, hit: (r) => r.intention === 'preparing' },
  { label: 'skill certificate', base: () => true, hit: (r) => r.skill_cert === 'yes' },
  { label: 'first choice ZZ (other)', base: (r) => r.dest_1 !== '', hit: (r) => r.dest_1 === 'ZZ' },
  {
    label: 'ZZ in any slot',
    base: (r) => r.dest_1 !== '',
    hit: (r) => [r.dest_1, r.dest_2, r.dest_3].includes('ZZ'),
  },
  { label: 'dest_1 blank (no answer)', base: () => true, hit: (r) => r.dest_1 === '' },
  { label: 'JP first: JLPT N4+ or JFT pass', base: (r) => r.dest_1 === 'JP', hit: JP_READY },
  {
    label: 'JP first & preparing: JLPT N4+ or JFT',
    base: (r) => r.dest_1 === 'JP' && r.intention === 'preparing',
    hit: JP_READY,
  },
  {
    label: 'DE first: CEFR B1+',
    base: (r) => r.dest_1 === 'DE',
    hit: (r) => ['B1', 'B2', 'C1'].includes(r.cefr_german),
  },
  {
    label: 'KR first: EPS-TOPIK passed',
    base: (r) => r.dest_1 === 'KR',
    hit: (r) => r.eps_topik === 'passed',
  },
  {
    label: 'women: first choice HK or TW',
    base: (r) => r.sex === 'F',
    hit: (r) => r.dest_1 === 'HK' || r.dest_1 === 'TW',
  },
  {
    label: 'men: first choice HK or TW',
    base: (r) => r.sex === 'M',
    hit: (r) => r.dest_1 === 'HK' || r.dest_1 === 'TW',
  },
  { label: 'women: first choice KR', base: (r) => r.sex === 'F', hit: (r) => r.dest_1 === 'KR' },
  { label: 'men: first choice KR', base: (r) => r.sex === 'M', hit: (r) => r.dest_1 === 'KR' },
  { label: 'SMK: first choice JP', base: (r) => r.education === 'SMK', hit: (r) => r.dest_1 === 'JP' },
  { label: 'not SMK: first choice JP', base: (r) => r.education !== 'SMK', hit: (r) => r.dest_1 === 'JP' },
  { label: 'Lampung (18): first choice JP', base: (r) => r.province === '18', hit: (r) => r.dest_1 === 'JP' },
  {
    label: 'NTB (52): first choice MY or SA',
    base: (r) => r.province === '52',
    hit: (r) => r.dest_1 === 'MY' || r.dest_1 === 'SA',
  },
  {
    label: 'Jatim (35): first choice HK or TW',
    base: (r) => r.province === '35',
    hit: (r) => r.dest_1 === 'HK' || r.dest_1 === 'TW',
  },
];

/**
 * Creates the tally behind the printed calibration figures: per wave, the weighted first-choice shares
 * (of those who answered) with the top 8 and Saudi Arabia + UAE + Qatar; and, for the last wave, the
 * weighted checks of the brief (marginals, readiness among those preferring JP/DE/KR, subgroup leanings).
 *
 * @returns an empty tally
 * @example
 * ```ts
 * const tally = createTally();
 * rows.forEach(tally.add);
 * console.log(tally.report({ JP: 'Japan' }));
 * ```
 */
export function createTally(): Tally {
  const firsts = new Map<number, Counts>();
  const sizes = new Map<number, number>();
  let lastWave = 0;
  let checks = CHECKS.map(() => [0, 0]);
  return {
    add(row) {
      if (row.wave !== lastWave) checks = CHECKS.map(() => [0, 0]);
      lastWave = row.wave;
      sizes.set(row.wave, (sizes.get(row.wave) ?? 0) + 1);
      if (!firsts.has(row.wave)) firsts.set(row.wave, new Map());
      if (row.dest_1) bump(firsts.get(row.wave)!, row.dest_1, row.weight);
      CHECKS.forEach((c, i) => {
        if (!c.base(row)) return;
        checks[i]![1]! += row.weight;
        if (c.hit(row)) checks[i]![0]! += row.weight;
      });
    },
    report(names) {
      const lines: string[] = ['Weighted first-choice shares (% of respondents naming a first choice):'];
      for (const [wave, counts] of firsts) {
        const total = [...counts.values()].reduce((s, v) => s + v, 0);
        const top = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 8);
        const me = ['SA', 'AE', 'QA'].reduce((s, c) => s + (counts.get(c) ?? 0), 0);
        const list = top.map(([c, v]) => `${names[c] ?? c} ${pct(v, total)}`).join(', ');
        lines.push(`  ${wave} (n = ${sizes.get(wave)}): ${list}; SA+AE+QA ${pct(me, total)}`);
      }
      lines.push(`Weighted checks, wave ${lastWave} (%):`);
      for (const [i, c] of CHECKS.entries()) {
        lines.push(`  ${c.label.padEnd(40)} ${pct(checks[i]![0]!, checks[i]![1]!)}`);
      }
      return lines.join('\n');
    },
  };
}
