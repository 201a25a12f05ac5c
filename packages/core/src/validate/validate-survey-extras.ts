import { createProvinceMatcher, type ProvinceMatch } from '../reference/create-province-matcher.ts';
import type { SurveySchema } from '../schema/survey-schema.ts';
import { CategoricalBuilder } from './categorical-builder.ts';
import type { ColumnLookup } from './column-lookup.ts';
import { createCodeMatcher } from './create-code-matcher.ts';
import { encodeCells, MISSING_CELL } from './encode-cells.ts';
import { readinessFrameworks } from './readiness-frameworks.ts';
import type { RowProblems } from './row-problems.ts';
import type { UnknownTally } from './validate-destination-question.ts';

const UNKNOWN_CODE = -2;

/** Origin province as BPS codes; unknown names reject the row, blanks leave it missing. */
export function validateProvince(
  column: string,
  lookup: ColumnLookup,
  n: number,
  problems: RowProblems,
  tally: UnknownTally,
): CategoricalBuilder {
  const cells = lookup.cells(column, 'province');
  const header = lookup.header(column);
  const match = createProvinceMatcher();
  const builder = new CategoricalBuilder(n);
  const unknown: Extract<ProvinceMatch, { kind: 'unknown' }>[] = [];
  encodeCells(
    cells,
    n,
    builder,
    (cell) => {
      const m = match(cell);
      if (m.kind === 'province') return m.code;
      if (m.kind === 'missing') return MISSING_CELL;
      unknown.push(m);
      return -1 - unknown.length;
    },
    (i, cell, kind) => {
      const m = unknown[-2 - kind]!;
      problems.add(
        i,
        header,
        cell,
        'province-unknown',
        { suggestions: m.suggestions.join(', ') },
        'a province name, abbreviation, BPS or ISO 3166-2 code',
      );
      const key = cell.trim();
      const t = tally.get(key);
      if (t) t.count++;
      else tally.set(key, { count: 1, suggestions: m.suggestions, column: header });
    },
  );
  return builder;
}

/** Intention stage (none / interest / plan / preparing) from the schema's stage values. */
export function validateIntention(
  intention: NonNullable<SurveySchema['intention']>,
  lookup: ColumnLookup,
  n: number,
  problems: RowProblems,
): CategoricalBuilder {
  const stages = ['none', 'interest', 'plan', 'preparing'] as const;
  const codes = stages.map((s) => ({
    code: s,
    label: { en: s, id: s },
    values: intention.stages[s] ?? [],
  }));
  return validateCoded(codes, intention.column, 'intention', lookup, n, problems);
}

function validateCoded(
  codes: Parameters<typeof createCodeMatcher>[0],
  column: string,
  role: string,
  lookup: ColumnLookup,
  n: number,
  problems: RowProblems,
  missing: string[] = [],
): CategoricalBuilder {
  const cells = lookup.cells(column, role);
  const header = lookup.header(column);
  const match = createCodeMatcher(codes, missing);
  const builder = new CategoricalBuilder(
    n,
    codes.map((c) => c.code),
  );
  const expected = codes.map((c) => c.code).join(', ');
  encodeCells(
    cells,
    n,
    builder,
    (cell) => {
      const m = match(cell);
      return m.kind === 'code' ? m.code : m.kind === 'unknown' ? UNKNOWN_CODE : MISSING_CELL;
    },
    (i, cell) => problems.add(i, header, cell, 'code-unknown', { role, suggestions: expected }, expected),
  );
  return builder;
}

/** Language-test levels and the skill certificate. */
export function validateReadiness(
  readiness: NonNullable<SurveySchema['readiness']>,
  lookup: ColumnLookup,
  n: number,
  problems: RowProblems,
): {
  language: { framework: string; column: string; destination?: string; level: CategoricalBuilder }[];
  certificate?: Int8Array;
} {
  const language = readiness.language.map((l) => {
    const base = readinessFrameworks[l.framework] ?? [];
    const codes = base.map((c) =>
      c.code === 'none' ? { ...c, values: [...(c.values ?? []), ...l.none] } : c,
    );
    const level = validateCoded(codes, l.column, `${l.framework} level`, lookup, n, problems);
    const out: { framework: string; column: string; destination?: string; level: CategoricalBuilder } = {
      framework: l.framework,
      column: l.column,
      level,
    };
    if (l.destination) out.destination = l.destination;
    return out;
  });
  if (!readiness.certificate) return { language };
  const cert = readiness.certificate;
  const codes = [
    { code: 'yes', label: { en: 'Yes', id: 'Ya' }, values: cert.yes },
    { code: 'no', label: { en: 'No', id: 'Tidak' }, values: cert.no },
  ];
  const b = validateCoded(codes, cert.column, 'skill certificate', lookup, n, problems);
  const yes = b.levels.indexOf('yes');
  const certificate = new Int8Array(b.codes.length);
  for (let i = 0; i < b.codes.length; i++) {
    const c = b.codes[i]!;
    certificate[i] = c < 0 ? -1 : c === yes ? 1 : 0;
  }
  return { language, certificate };
}
