import { destinationName, formatPercent, readinessChart } from '@minat/charts';
import { type Lang, publishRows, type ReadinessRow, readiness } from '@minat/core';
import { t } from '../../i18n/messages.ts';
import { chartPayload } from '../chart-payload.ts';
import type { ViewNote } from '../protocol.ts';
import type { ViewAnalysis, ViewOutput } from './view-analysis.ts';

/**
 * Readiness view: among the supporters of each first-choice destination, the intention funnel
 * (interested, planning, preparing) beside the readiness indicators (planning or preparing, meeting the
 * destination's language requirement, holding a skill certificate), as the CLI report draws it
 * (`readiness` of `@minat/core`, published rows, `readinessChart`). A survey without intention or
 * readiness fields, or with a multi-select question (no first choice), gets a note and no chart.
 */
export const readinessAnalysis: ViewAnalysis = {
  fast: (context) => {
    const { session, survey, design, request } = context;
    const lang = request.lang;
    if (!survey.intention && !survey.readiness) return noteOnly('info', t(lang, 'readiness.none'));
    if (survey.destination.kind === 'multi') return noteOnly('info', t(lang, 'readiness.multi'));
    const { filter, ci, level, reliability } = context.estimate;
    const result = session.cached(`readiness:${context.key}`, () =>
      readiness(survey, design, {
        ...(filter ? { filter } : {}),
        ...(ci ? { ci } : {}),
        ...(level ? { level } : {}),
        ...(reliability ? { reliability } : {}),
      }),
    );
    const rows = publishRows(result.rows, context.publish);
    const notes: ViewNote[] = [];
    const { settings } = request;
    const measure = settings.measure !== '' && settings.measure !== 'first';
    if (measure || settings.base !== 'answered' || settings.destinations !== 'country')
      notes.push({ level: 'info', text: t(lang, 'readiness.settings') });
    for (const issue of result.issues) {
      const destination = destinationName(issue.value ?? '', lang);
      if (issue.code === 'readiness-requirement-unchecked')
        notes.push({ level: 'info', text: t(lang, 'readiness.unchecked', { destination }) });
      if (issue.code === 'readiness-requirement-partial') {
        const requirement = rows.find((r) => r.destination === issue.value && r.requirement)?.requirement;
        notes.push({
          level: 'warning',
          text: t(lang, 'readiness.partial', { destination, requirement: requirement ?? '' }),
        });
      }
    }
    if (rows.length === 0)
      return { charts: [], notes: [...notes, { level: 'info', text: t(lang, 'readiness.empty') }] };
    const summary = readinessSummary(rows, lang);
    const output: ViewOutput = {
      charts: [
        chartPayload(
          'readiness',
          'readiness',
          readinessChart(rows, {
            lang,
            context: context.chart(context.base()),
            ...context.size('readiness'),
          }),
          rows,
        ),
      ],
      notes,
    };
    if (summary) output.summary = summary;
    return output;
  },
};

function noteOnly(level: ViewNote['level'], text: string): ViewOutput {
  return { charts: [], notes: [{ level, text }] };
}

/** A published value with its interval, or undefined when suppressed or missing. */
function valued(row: ReadinessRow | undefined): row is ReadinessRow & { estimate: number } {
  return row !== undefined && row.estimate !== null && row.ci_low !== null && row.ci_high !== null;
}

/**
 * The readiness in words: among supporters of the leading destination (the rows come ordered by
 * first-choice weight), the share with concrete plans and the share meeting its language requirement;
 * then the destination whose supporters meet their language requirement least often.
 */
function readinessSummary(rows: readonly ReadinessRow[], lang: Lang): string | undefined {
  const leading = rows[0]?.destination;
  if (leading === undefined) return undefined;
  const destination = destinationName(leading, lang);
  const pick = (indicator: string) =>
    rows.find((r) => r.destination === leading && r.indicator === indicator);
  const numbers = (r: ReadinessRow & { estimate: number }) => ({
    share: formatPercent(r.estimate, lang),
    low: formatPercent(r.ci_low!, lang),
    high: formatPercent(r.ci_high!, lang),
  });
  const sentences: string[] = [];
  const plan = pick('stage:plan+');
  const language = pick('language');
  if (valued(plan)) sentences.push(t(lang, 'readiness.summaryPlan', { destination, ...numbers(plan) }));
  if (valued(language)) {
    const key = sentences.length > 0 ? 'readiness.summaryLanguage' : 'readiness.summaryLanguageOnly';
    sentences.push(
      t(lang, key, {
        destination,
        requirement: requirementText(language.requirement, lang),
        ...numbers(language),
      }),
    );
  }
  const languageRows = rows.filter((r) => r.indicator === 'language' && r.estimate !== null);
  if (languageRows.length > 1) {
    const lowest = languageRows.reduce((a, b) => (b.estimate! < a.estimate! ? b : a));
    if (lowest.destination !== leading || sentences.length === 0)
      sentences.push(
        t(lang, 'readiness.summaryLowest', {
          destination: destinationName(lowest.destination, lang),
          share: formatPercent(lowest.estimate!, lang),
        }),
      );
  }
  return sentences.length > 0 ? sentences.join(' ') : undefined;
}

/** The requirement as core writes it (`JLPT N4+ or JFT-Basic A2`), its joining word in `lang`. */
function requirementText(requirement: string | null, lang: Lang): string {
  return lang === 'id' ? (requirement ?? '').replaceAll(' or ', ' atau ') : (requirement ?? '');
}
