import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CODEBOOK, QUESTION_LABELS } from './codebook.ts';
import type { LookupRef, Reference } from './reference.ts';

const label = (column: string) => {
  const l = QUESTION_LABELS[column];
  if (!l) throw new Error(`schema: no label for ${column}`);
  return { en: l.en, id: l.id };
};
const codes = (entries: LookupRef[]) => entries.map((e) => ({ code: e.code, label: { en: e.en, id: e.id } }));
const dimension = (key: string, entries: LookupRef[]) => ({
  key,
  column: key,
  label: label(key),
  codes: codes(entries),
});

/**
 * Builds the survey schema (`survey.json`) of the sample: ids, wave, weight, strata = province,
 * PSU = regency, five dimensions with English/Indonesian labels (age binned into the PMI-survey groups
 * of `lookup_age_groups.csv`), the ranked destination, "countries considered", intention and readiness.
 *
 * @param ref - reference tables (age groups)
 * @param variant - `'csv'` for `survey.csv` (considered = one space-separated column) or `'kobo'` for
 *   the KoBo export after its labels are mapped back to XML names (considered = one 0/1 column per
 *   option, `considered/<code>`, because the label summary column cannot be split reliably)
 * @param destinationCodes - the option codes of `considered` (for the `'kobo'` variant)
 * @returns the schema object, ready for `JSON.stringify`
 * @example
 * ```ts
 * const schema = buildSurveySchema(ref, 'csv', []);
 * ```
 */
export function buildSurveySchema(
  ref: Reference,
  variant: 'csv' | 'kobo',
  destinationCodes: string[],
): object {
  const kobo = variant === 'kobo';
  const ageGroups = ref.ageGroups.map((g) => ({
    code: g.code,
    label:
      g.max === undefined
        ? { en: `${g.min} and over`, id: `${g.min} tahun ke atas` }
        : { en: g.code, id: `${g.code} tahun` },
    min: g.min,
    ...(g.max === undefined ? {} : { max: g.max }),
  }));
  const other = ['ZZ'];
  const considered = kobo
    ? { options: destinationCodes.map((code) => ({ code, column: `considered/${code}` })) }
    : { column: 'considered', separator: ' ' };
  return {
    version: 1,
    title: kobo
      ? {
          en: 'Destination preferences of would-be migrant workers, wave 2026, KoBoToolbox export (SYNTHETIC)',
          id: 'Preferensi negara tujuan calon pekerja migran, gelombang 2026, ekspor KoBoToolbox (SINTETIS)',
        }
      : {
          en: 'Destination preferences of would-be migrant workers, 2023–2026 (SYNTHETIC)',
          id: 'Preferensi negara tujuan calon pekerja migran, 2023–2026 (SINTETIS)',
        },
    source: 'SYNTHETIC demo data made by data/sample/generator (pnpm sample); not real survey responses',
    id: 'resp_id',
    wave: 'wave',
    weight: 'weight',
    strata: 'province',
    psu: 'regency',
    province: { column: 'province', label: label('province') },
    dimensions: [
      dimension('sex', CODEBOOK.sex),
      { key: 'age_group', column: 'age', label: label('age_group'), bins: ageGroups },
      dimension('education', ref.education),
      dimension('occupation', CODEBOOK.occupation),
      dimension('worked_abroad', CODEBOOK.yesNo),
    ],
    destination: {
      kind: 'ranked',
      key: 'destination',
      columns: ['dest_1', 'dest_2', 'dest_3'],
      label: label('destination'),
      other,
    },
    questions: [{ kind: 'multi', key: 'considered', label: label('considered'), ...considered, other }],
    intention: {
      column: 'intention',
      label: label('intention'),
      stages: { interest: ['interest'], plan: ['plan'], preparing: ['preparing'] },
    },
    readiness: {
      language: [
        { framework: 'JLPT', column: 'jlpt', destination: 'JP' },
        { framework: 'JFT-Basic', column: 'jft_basic', destination: 'JP' },
        { framework: 'CEFR', column: 'cefr_german', destination: 'DE' },
        { framework: 'EPS-TOPIK', column: 'eps_topik', destination: 'KR' },
      ],
      certificate: { column: 'skill_cert', yes: ['yes'], no: ['no'] },
    },
  };
}

/**
 * Writes `survey.json` and `kobo/survey.json` under `dir`.
 *
 * @param ref - reference tables
 * @param dir - the `data/sample` folder
 * @returns the paths written
 * @example
 * ```ts
 * writeSchemas(loadReference(), 'data/sample');
 * ```
 */
export function writeSchemas(ref: Reference, dir: string): string[] {
  const codes = [...ref.destinations.map((d) => d.iso2), 'ZZ'];
  const files: [string, object][] = [
    [join(dir, 'survey.json'), buildSurveySchema(ref, 'csv', codes)],
    [join(dir, 'kobo', 'survey.json'), buildSurveySchema(ref, 'kobo', codes)],
  ];
  mkdirSync(join(dir, 'kobo'), { recursive: true });
  for (const [path, schema] of files) writeFileSync(path, `${JSON.stringify(schema, null, 2)}\n`);
  return files.map(([path]) => path);
}
