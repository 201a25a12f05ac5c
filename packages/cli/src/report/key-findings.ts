import type { Lang } from '@minat/core';
import { destinationLabel } from './destination-label.ts';
import { formatNumber, formatPercent } from './format-number.ts';
import type { ReportResults } from './report-results.ts';

const ORDINAL = {
  en: ['first', 'second', 'third'],
  id: ['pertama', 'kedua', 'ketiga'],
};
const LEADING = 3;

/**
 * The key findings in words, generated from the published results: the leading destinations with
 * their intervals and the probability of being first, whether the first two are tied, the largest
 * significant group difference and the largest significant change from the first to the last wave.
 * Suppressed values are never mentioned as numbers.
 *
 * @param results - from `reportResults`
 * @param lang - `en` or `id`
 * @param groupName - display name of a group code (for the comparison sentence)
 * @returns plain-text sentences (escape them before writing HTML)
 * @example keyFindings(results, 'en', (c) => c)[0] // 'Japan is first with 28.7% (27.0–30.5%), …'
 */
export function keyFindings(
  results: ReportResults,
  lang: Lang,
  groupName: (code: string) => string,
): string[] {
  const pct = (v: number) => formatPercent(v, lang);
  const interval = (lo: number | null, hi: number | null) =>
    lo === null || hi === null ? '' : ` (${formatNumber(lo * 100, lang, 1)}–${pct(hi)})`;
  const name = (code: string) => destinationLabel(code, lang);
  const shown = results.ranking.filter((r) => r.estimate !== null && r.rank !== null).slice(0, LEADING);
  const findings: string[] = [];
  const parts = shown.map((r, i) => {
    const share = `${pct(r.estimate as number)}${interval(r.ci_low, r.ci_high)}`;
    const ord = ORDINAL[lang][i];
    if (i > 0)
      return lang === 'en'
        ? `${name(r.destination)} ${ord} with ${share}`
        : `${name(r.destination)} ${ord} dengan ${share}`;
    const p = r.p_first === null ? '' : formatNumber(r.p_first, lang, 2);
    if (lang === 'en')
      return `${name(r.destination)} is first with ${share}${p ? `, probability of being first ${p}` : ''}`;
    return `${name(r.destination)} di urutan pertama dengan ${share}${p ? `, peluang menjadi yang pertama ${p}` : ''}`;
  });
  if (parts.length > 0) findings.push(`${parts.join('; ')}.`);
  const [a, b] = shown;
  if (a && b && a.tie_group !== null && a.tie_group === b.tie_group) {
    findings.push(
      lang === 'en'
        ? `The difference between ${name(a.destination)} and ${name(b.destination)} is not statistically significant: they are tied.`
        : `Selisih antara ${name(a.destination)} dan ${name(b.destination)} tidak signifikan secara statistik: keduanya setara.`,
    );
  }
  const points = (d: number) => `${d > 0 ? '+' : '−'}${formatNumber(Math.abs(d) * 100, lang, 1)}`;
  const diff = results.comparison?.rows
    .filter((r) => r.difference !== null && r.group_estimate !== null && r.reference_estimate !== null)
    .filter((r) => r.p_value !== null && r.p_value < 0.05)
    .sort((x, y) => Math.abs(y.difference as number) - Math.abs(x.difference as number))[0];
  if (diff) {
    const g = `${groupName(diff.group)} ${pct(diff.group_estimate as number)}`;
    const ref = `${groupName(diff.reference)} ${pct(diff.reference_estimate as number)}`;
    findings.push(
      lang === 'en'
        ? `Largest significant difference between groups: ${name(diff.destination)}, ${g} against ${ref} (${points(diff.difference as number)} percentage points).`
        : `Perbedaan signifikan terbesar antarkelompok: ${name(diff.destination)}, ${g} dibanding ${ref} (${points(diff.difference as number)} poin persentase).`,
    );
  } else if (results.comparison) {
    findings.push(
      lang === 'en'
        ? 'No difference between groups is statistically significant at the 5% level.'
        : 'Tidak ada perbedaan antarkelompok yang signifikan secara statistik pada taraf 5%.',
    );
  }
  const change = results.trend?.changes
    .filter((c) => c.span === 'first-last' && c.change !== null && c.p_value !== null && c.p_value < 0.05)
    .sort((x, y) => Math.abs(y.change as number) - Math.abs(x.change as number))[0];
  if (change) {
    const span = `${change.from_wave}–${change.to_wave}`;
    const from = pct(change.from_estimate as number);
    const to = pct(change.to_estimate as number);
    findings.push(
      lang === 'en'
        ? `Largest significant change ${span}: ${name(change.destination)}, from ${from} to ${to} (${points(change.change as number)} percentage points).`
        : `Perubahan signifikan terbesar ${span}: ${name(change.destination)}, dari ${from} menjadi ${to} (${points(change.change as number)} poin persentase).`,
    );
  }
  return findings;
}
