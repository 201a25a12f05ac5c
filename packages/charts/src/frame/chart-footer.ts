import { reliabilityStandards, suppressionNote } from '@minat/core';
import { formatNumber } from '../format/format-number.ts';
import { chartMessage } from '../messages/chart-message.ts';
import type { NormalizedChartOptions } from '../options/normalize-chart-options.ts';

const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/**
 * The footer of a chart, as paragraphs: the question; the base with its unweighted n (from the rows'
 * `n_unweighted`: one value, or the range across groups); weighting, interval method and level, and
 * reliability standard; the suppression note (from the rows' `suppressed:<reason>` flags, via
 * `suppressionNote` of `@minat/core`); source and data version. Facts the context does not give are
 * left out.
 *
 * @param rows - the rows the chart shows (any with `n_unweighted` and `flags` count)
 * @param options - the normalised options (language and `context`)
 * @param more - `cue`: how the chart shows less reliable values (`faded` marks, values in `brackets`,
 *   or `none`, the default), said after the standard; `extra`: paragraphs the chart adds before the source
 * @returns the paragraphs, not yet wrapped
 * @example chartFooter(rows, normalizeChartOptions('ranking', { context: { ci: 'logit' } }), { cue: 'faded' })
 */
export function chartFooter(
  rows: readonly Record<string, unknown>[],
  options: NormalizedChartOptions,
  more: { cue?: 'faded' | 'brackets' | 'none'; extra?: string[] } = {},
): string[] {
  const extra = more.extra ?? [];
  const { lang, context } = options;
  const out: string[] = [];
  if (context.question) out.push(sentence(chartMessage('footer-question', { text: context.question }, lang)));
  const ns = [
    ...new Set(rows.map((r) => r['n_unweighted']).filter((n): n is number => typeof n === 'number')),
  ];
  let n: string | undefined;
  if (ns.length === 1) n = chartMessage('footer-n', { n: formatNumber(ns[0]!, lang) }, lang);
  else if (ns.length > 1) {
    n = chartMessage(
      'footer-n-range',
      { low: formatNumber(Math.min(...ns), lang), high: formatNumber(Math.max(...ns), lang) },
      lang,
    );
  }
  const base = [context.base, n].filter((x) => x !== undefined).join('; ');
  if (base !== '') out.push(sentence(chartMessage('footer-base', { text: base }, lang)));
  const method: string[] = [];
  if (context.weighting)
    method.push(sentence(chartMessage('footer-weighting', { text: context.weighting }, lang)));
  if (context.ci) {
    const level = formatNumber(context.level * 100, lang, Number.isInteger(context.level * 100) ? 0 : 1);
    method.push(
      sentence(
        chartMessage('footer-ci', { level, method: chartMessage(`ci-${context.ci}`, {}, lang) }, lang),
      ),
    );
  }
  if (context.reliability) {
    const standard =
      reliabilityStandards[context.reliability as keyof typeof reliabilityStandards].label[lang];
    const cue = more.cue ?? 'none';
    const text = chartMessage('footer-reliability', { standard }, lang);
    method.push(sentence(cue === 'none' ? text : `${text}; ${chartMessage(`footer-cue-${cue}`, {}, lang)}`));
  }
  if (method.length > 0) out.push(method.join(' '));
  const flagged = rows.filter((r) => Array.isArray(r['flags'])) as unknown as { flags: string[] }[];
  const note = suppressionNote(flagged, lang, context.suppression ?? {});
  if (note) out.push(note);
  out.push(...extra.map(sentence));
  const source: string[] = [];
  if (context.source) source.push(chartMessage('footer-source', { text: context.source }, lang));
  if (context.dataVersion) source.push(chartMessage('footer-version', { text: context.dataVersion }, lang));
  if (source.length > 0) out.push(sentence(source.join(' · ')));
  return out;
}
