import { readFileSync } from 'node:fs';
import {
  applyXlsForm,
  type Categorical,
  type DestinationAnswers,
  parseSurveySchema,
  parseXlsForm,
  readTable,
  type ValidatedSurvey,
  validateSurvey,
} from '@minat/core';
import { beforeAll, describe, expect, it } from 'vitest';

const root = new URL('../../../../', import.meta.url);
const bytes = (path: string) => new Uint8Array(readFileSync(new URL(path, root)));
const schemaOf = (path: string) =>
  parseSurveySchema(JSON.parse(readFileSync(new URL(path, root), 'utf8')), path);

const decodeCat = (c: Categorical | undefined) =>
  c ? Array.from(c.codes, (k) => (k < 0 ? null : c.levels[k]!)) : null;

function decodeQuestion(q: DestinationAnswers) {
  const slots = q.slots.map((s) => Array.from(s, (k) => (k < 0 ? null : q.levels[k]!)));
  const sets = q.sets
    ? Array.from({ length: q.answered.length }, (_, i) =>
        Array.from(
          q.sets!.codes.subarray(q.sets!.offsets[i]!, q.sets!.offsets[i + 1]!),
          (k) => q.levels[k]!,
        ).sort(),
      )
    : null;
  return { kind: q.kind, base: q.base, slots, sets, answered: Array.from(q.answered) };
}

/** Everything a later stage can see of a validated survey, decoded to plain values (row numbers aside). */
function decoded(s: ValidatedSurvey) {
  return {
    read: s.accounting.read,
    accepted: s.accounting.accepted,
    rejected: s.accounting.rejected.length,
    id: s.id,
    wave: decodeCat(s.wave),
    weight: Array.from(s.weight),
    strata: decodeCat(s.strata),
    psu: decodeCat(s.psu),
    province: decodeCat(s.province),
    dimensions: Object.fromEntries(Object.entries(s.dimensions).map(([k, c]) => [k, decodeCat(c)])),
    destination: decodeQuestion(s.destination),
    questions: Object.fromEntries(Object.entries(s.questions).map(([k, q]) => [k, decodeQuestion(q)])),
    intention: decodeCat(s.intention),
    language: s.readiness?.language.map((l) => [l.framework, decodeCat(l.level)]),
    certificate: s.readiness?.certificate ? Array.from(s.readiness.certificate) : null,
  };
}

describe('the 2026 sample wave read from every format', () => {
  const schema = schemaOf('data/sample/survey.json');
  let reference: ReturnType<typeof decoded>;

  beforeAll(async () => {
    const table = await readTable({ name: 'survey.csv', bytes: bytes('data/sample/survey.csv') });
    const all = validateSurvey(table, schema);
    const w = all.wave!;
    const keep = w.levels.indexOf('2026');
    const full = decoded(all);
    const rows = full.wave!.flatMap((v, i) => (v === w.levels[keep] ? [i] : []));
    const pick = <T>(a: T[] | null | undefined) => (a ? rows.map((i) => a[i]!) : a);
    const pickQ = (q: ReturnType<typeof decodeQuestion>) => ({
      ...q,
      slots: q.slots.map((s) => pick(s)!),
      sets: q.sets ? pick(q.sets)! : null,
      answered: pick(q.answered)!,
    });
    reference = {
      ...full,
      read: rows.length,
      accepted: rows.length,
      rejected: 0,
      id: pick(full.id),
      wave: pick(full.wave),
      weight: pick(full.weight)!,
      strata: pick(full.strata),
      psu: pick(full.psu),
      province: pick(full.province),
      dimensions: Object.fromEntries(Object.entries(full.dimensions).map(([k, v]) => [k, pick(v)])),
      destination: pickQ(full.destination),
      questions: Object.fromEntries(Object.entries(full.questions).map(([k, q]) => [k, pickQ(q)])),
      intention: pick(full.intention),
      language: full.language?.map(([f, l]) => [f, pick(l as string[])]),
      certificate: pick(full.certificate),
    } as ReturnType<typeof decoded>;
    expect(reference.read).toBeGreaterThanOrEqual(10_000);
  });

  const formats = [
    'survey-2026.csv',
    'survey-2026-semicolon.csv',
    'survey-2026.tsv',
    'survey-2026.xlsx',
    'survey-2026.json',
    'survey-2026.ndjson',
  ];
  for (const name of formats) {
    it(`${name} gives the same validated table as the 2026 rows of survey.csv`, async () => {
      const table = await readTable({ name, bytes: bytes(`packages/core/test/fixtures/formats/${name}`) });
      expect(decoded(validateSurvey(table, schema))).toEqual(reference);
    });
  }

  it('the KoBoToolbox export (Indonesian labels, ; with BOM and CRLF, group prefixes) with its XLSForm gives the same table', async () => {
    const form = await parseXlsForm({ name: 'form.xlsx', bytes: bytes('data/sample/kobo/form.xlsx') });
    const raw = await readTable({
      name: 'survey-2026.csv',
      bytes: bytes('data/sample/kobo/survey-2026.csv'),
    });
    expect(raw.source).toMatchObject({ delimiter: ';', bom: true, lineEnding: 'crlf' });
    const { table } = applyXlsForm(raw, form);
    const kobo = decoded(validateSurvey(table, schemaOf('data/sample/kobo/survey.json')));
    expect(kobo).toEqual(reference);
  });
});
