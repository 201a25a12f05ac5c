import { dumbbellChart } from '@minat/charts';
import { type CompareResult, compareGroups, MinatError, publishComparison } from '@minat/core';
import { t } from '../../i18n/messages.ts';
import { type AnalysisContext, analysisContext } from '../analysis-context.ts';
import { chartPayload } from '../chart-payload.ts';
import type { ViewNote } from '../protocol.ts';
import { compareSelection } from './compare-selection.ts';
import { compareSummary } from './compare-summary.ts';
import { narrowLegends } from './narrow-legends.ts';
import type { ViewAnalysis, ViewOutput } from './view-analysis.ts';

/**
 * Compare view: two levels of one grouping (groups mode) or two waves (waves mode) as a dumbbell chart
 * of every destination's share in each, with the difference in points and its significance, and the
 * largest significant difference in words. Both modes use core's `compareGroups` with the reference
 * `a` and the rows restricted to the two levels compared (domain estimation keeps the design, so the
 * differences equal those of the full comparison): the same sample's covariance for groups,
 * independent samples for waves, as the CLI's `summarize --analysis compare` and `trend` do. The
 * filter on the compared grouping (the wave filter in waves mode) does not apply, and a note says so.
 */
export const compareAnalysis: ViewAnalysis = {
  fast: (context) => {
    const { request, session } = context;
    const lang = request.lang;
    const selection = compareSelection(session.info(), request.compare);
    if ('problem' in selection) {
      const key = selection.problem === 'noWaves' ? 'compare.noWaves' : 'compare.noGroups';
      return { charts: [], notes: [{ level: 'info', text: t(lang, key, { count: selection.count }) }] };
    }
    const { by, a, b, levels } = selection;
    const name = (code: string) => levels.find((l) => l.code === code)?.label[lang] ?? code;
    if (a === b) return { charts: [], notes: [{ level: 'info', text: t(lang, 'compare.same') }] };
    const notes: ViewNote[] = [];
    let own: AnalysisContext = context;
    if (request.filters[by]) {
      const { [by]: _dropped, ...filters } = request.filters;
      own = analysisContext(session, { ...request, filters });
      notes.push({
        level: 'info',
        text:
          by === 'wave'
            ? t(lang, 'compare.waveNote')
            : t(lang, 'compare.filterNote', { group: context.groupLabel(by)[lang].toLowerCase() }),
      });
    }
    const result = compared(own, by, a, b);
    const rows = result ? publishComparison(result, own.publish).filter((r) => r.group === b) : [];
    if (!result || rows.length === 0) {
      const missing = result ? b : a;
      return {
        charts: [],
        notes: [...notes, { level: 'info', text: t(lang, 'compare.empty', { level: name(missing) }) }],
      };
    }
    return output(own, rows, { by, a, b, name }, notes);
  },
};

function compared(context: AnalysisContext, by: string, a: string, b: string): CompareResult | undefined {
  const { session, survey, design } = context;
  return session.cached(`compare:${context.key}:${by}:${a}:${b}`, () => {
    try {
      return compareGroups(survey, design, {
        ...context.estimate,
        filter: { ...context.estimate.filter, [by]: [a, b] },
        by,
        reference: a,
      });
    } catch (error) {
      // The reference has no respondent in scope: the page says so rather than failing.
      if (error instanceof MinatError && error.code === 'option-invalid') return undefined;
      throw error;
    }
  });
}

function output(
  context: AnalysisContext,
  rows: ReturnType<typeof publishComparison>,
  pick: { by: string; a: string; b: string; name: (code: string) => string },
  notes: ViewNote[],
): ViewOutput {
  const lang = context.request.lang;
  const { by, a, b, name } = pick;
  const chart = context.chart(context.base(by !== 'wave'));
  const spec = dumbbellChart(rows, {
    lang,
    context: chart,
    labels: context.labels(by),
    groupLabel: context.groupLabel(by),
    ...context.size('comparison'),
  });
  const summary = compareSummary(rows, { a: name(a), b: name(b) }, lang, by === 'wave');
  return {
    ...(summary ? { summary } : {}),
    charts: [
      chartPayload('comparison', 'comparison', context.request.narrow ? narrowLegends(spec) : spec, rows),
    ],
    notes,
  };
}
