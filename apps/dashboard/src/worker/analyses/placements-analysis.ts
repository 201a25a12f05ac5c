import { destinationName, formatNumber, formatPercent, formatPoints, placementsChart } from '@minat/charts';
import {
  type EstimateResult,
  estimateShares,
  type Lang,
  type PlacementComparisonRow,
  placements,
  placementsComparison,
  publishRows,
} from '@minat/core';
import { t } from '../../i18n/messages.ts';
import type { AnalysisContext } from '../analysis-context.ts';
import { chartPayload } from '../chart-payload.ts';
import type { ViewNote } from '../protocol.ts';
import { joinNames } from './join-names.ts';
import type { ViewAnalysis, ViewOutput } from './view-analysis.ts';

/** Years of the bundled placement statistics with a full-year breakdown by destination. */
const YEARS = [
  ...new Set(
    placements
      .filter((p) => p.period === 'full_year' && p.dimension === 'destination' && p.year !== undefined)
      .map((p) => p.year!),
  ),
].sort((a, b) => a - b);

/**
 * Preference vs placements view: the first-choice shares of the wave in the filter beside the official
 * full-year placements of its year (or the latest earlier year with figures by destination), from the
 * bundled reference (`placementsComparison` of `@minat/core`, `placementsChart`, as the CLI report).
 * Without exactly one wave named by a year, or without figures up to that year, a note says which
 * years have figures instead of a chart. Destinations missing from the published lists are named in a
 * note: their placements are unknown, never zero.
 */
export const placementsAnalysis: ViewAnalysis = {
  fast: (context) => {
    const { survey, request } = context;
    const lang = request.lang;
    const available = t(lang, 'placements.available', { years: joinNames(YEARS.map(String), lang) });
    const stop = (text: string): ViewOutput => ({
      charts: [],
      notes: [
        { level: 'info', text },
        { level: 'info', text: available },
      ],
    });
    if (survey.destination.kind === 'multi') return stop(t(lang, 'placements.multi'));
    if (!survey.wave) return stop(t(lang, 'placements.noWave'));
    const waves =
      context.estimate.filter?.['wave'] ?? (survey.wave.levels.length === 1 ? survey.wave.levels : []);
    const wave = waves.length === 1 ? waves[0]! : undefined;
    if (wave === undefined) return stop(t(lang, 'placements.manyWaves'));
    const waveYear = /^\s*(\d{4})(?!\d)/.exec(wave)?.[1];
    if (waveYear === undefined) return stop(t(lang, 'placements.notYear', { wave }));
    const shares = firstChoiceShares(context);
    if (shares.rows.every((r) => r.estimate === null)) return stop(t(lang, 'placements.empty'));
    const published = publishRows(shares.rows, context.publish);
    const comparison = placementsComparison(published, { wave, lang });
    const year = comparison.placementYear;
    if (year === null) return stop(t(lang, 'placements.noYear', { year: waveYear }));
    const flags = new Map(published.map((r) => [r.destination, r.flags]));
    const rows = comparison.rows.map((r) => ({ ...r, flags: flags.get(r.destination) ?? [] }));
    const notes: ViewNote[] = [];
    const { settings } = request;
    if ((settings.measure !== '' && settings.measure !== 'first') || settings.destinations !== 'country')
      notes.push({ level: 'info', text: t(lang, 'placements.settings') });
    if (String(year) !== waveYear) {
      const from = year + 1;
      const gap = from === Number(waveYear) ? waveYear : `${from}–${waveYear}`;
      notes.push({ level: 'info', text: t(lang, 'placements.earlier', { wave, year: String(year), gap }) });
    }
    notes.push(...notPublishedNotes(rows, year, lang));
    const output: ViewOutput = {
      charts: [
        chartPayload(
          'placements',
          'placements',
          placementsChart(rows, {
            lang,
            context: context.chart(context.base()),
            ...context.size('placements'),
          }),
          rows,
        ),
      ],
      notes,
    };
    const summary = gapSummary(rows, year, lang);
    if (summary) output.summary = summary;
    return output;
  },
};

/** First-choice shares by country (the ranking's cached estimate when the settings are the same). */
function firstChoiceShares(context: AnalysisContext): EstimateResult {
  const { session, survey, design, estimate } = context;
  const same =
    (estimate.measure === undefined || estimate.measure === 'first') && estimate.destinations === 'country';
  const key = same ? `est:${context.key}` : `est-first:${context.key}`;
  return session.cached(key, () =>
    estimateShares(
      survey,
      design,
      same ? estimate : { ...estimate, measure: 'first', destinations: 'country' },
    ),
  );
}

/** The destinations absent from the year's published lists (unknown, not zero) and any G-to-G counts. */
function notPublishedNotes(rows: readonly PlacementComparisonRow[], year: number, lang: Lang): ViewNote[] {
  const missing = rows.filter((r) => r.placement_share === null && r.destination !== 'ZZ');
  if (missing.length === 0) return [];
  const listed = new Set(
    placements
      .filter((p) => p.year === year && p.period === 'full_year' && p.dimension === 'destination')
      .map((p) => p.key),
  ).size;
  const names = joinNames(
    missing.map((r) => destinationName(r.destination, lang)),
    lang,
  );
  const texts = [t(lang, 'placements.notPublished', { names, listed, year: String(year) })];
  for (const r of missing) {
    const g2g = placements.find(
      (p) => p.year === year && p.dimension === 'scheme' && p.key === `g2g_${r.destination}`,
    );
    if (!g2g) continue;
    texts.push(
      t(lang, 'placements.g2g', {
        destination: destinationName(r.destination, lang),
        year: String(year),
        count: formatNumber(g2g.value, lang),
        source: g2g.sourceKey,
      }),
    );
  }
  return [{ level: 'info', text: texts.join(' ') }];
}

/** The biggest gap between survey share and placement share, then the biggest the other way. */
function gapSummary(rows: readonly PlacementComparisonRow[], year: number, lang: Lang): string | undefined {
  const paired = rows
    .filter((r) => r.destination !== 'ZZ' && r.survey_share !== null && r.placement_share !== null)
    .map((r) => ({ r, gap: r.survey_share! - r.placement_share! }))
    .sort((a, b) => Math.abs(b.gap) - Math.abs(a.gap));
  const biggest = paired[0];
  if (!biggest) return undefined;
  const params = ({ r, gap }: (typeof paired)[number]) => ({
    destination: destinationName(r.destination, lang),
    survey: formatPercent(r.survey_share!, lang),
    placement: formatPercent(r.placement_share!, lang),
    gap: formatPoints(gap, lang),
    year: String(year),
  });
  const sentences = [
    t(lang, biggest.gap >= 0 ? 'placements.summaryOver' : 'placements.summaryUnder', params(biggest)),
  ];
  const other = paired.find((p) => Math.sign(p.gap) === -Math.sign(biggest.gap));
  if (other) sentences.push(t(lang, 'placements.summaryOther', params(other)));
  return sentences.join(' ');
}
