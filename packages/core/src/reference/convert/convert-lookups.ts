import type { AgeGroup } from '../age-groups.ts';
import type { EducationLevel } from '../education-levels.ts';
import type { Occupation } from '../occupations.ts';
import type { SswField } from '../ssw-fields.ts';
import { checkCell } from './check-cell.ts';
import { parseReferenceCsv } from './parse-reference-csv.ts';

/** The small lookup tables of data/reference, typed. */
export interface ReferenceLookups {
  educationLevels: EducationLevel[];
  ageGroups: AgeGroup[];
  occupations: Occupation[];
  sswFields: SswField[];
}

const optional = <K extends string>(key: K, value: string): Partial<Record<K, string>> =>
  value ? ({ [key]: value } as Record<K, string>) : {};

/**
 * Converts lookup_education.csv, lookup_age_groups.csv, lookup_occupations.csv and ssw_fields.csv.
 *
 * @param read - Returns the text of a file of data/reference by name.
 * @returns The four tables, rows in file order.
 * @throws MinatError `csv-invalid` or `column-missing` naming file, row, column and value.
 * @example
 * ```ts
 * convertLookups((name) => readFileSync(`data/reference/${name}`, 'utf8')).educationLevels[0]!.code; // '00'
 * ```
 */
export function convertLookups(read: (file: string) => string): ReferenceLookups {
  let file = 'lookup_education.csv';
  const educationLevels = parseReferenceCsv(file, read(file), [
    'code',
    'label_id',
    'label_en',
    'bp2mi_group',
    'isced_2011',
    'notes',
  ]).map((row) => ({
    code: checkCell('lookup_education.csv', row, 'code', /^\d{2}$/, 'a two-digit code'),
    label: { en: row.cell('label_en'), id: row.cell('label_id') },
    bp2miGroup: row.cell('bp2mi_group'),
    isced2011: row.cell('isced_2011'),
    ...optional('notes', row.cell('notes')),
  }));

  file = 'lookup_age_groups.csv';
  const ageGroups = parseReferenceCsv(file, read(file), [
    'scheme',
    'group',
    'min_age',
    'max_age',
    'notes',
  ]).map((row) => {
    const max = checkCell('lookup_age_groups.csv', row, 'max_age', /^(\d+)?$/, 'an age in years or empty');
    return {
      scheme: checkCell(
        'lookup_age_groups.csv',
        row,
        'scheme',
        ['bps_5yr', 'pmi_survey'],
        'bps_5yr or pmi_survey',
      ) as 'bps_5yr' | 'pmi_survey',
      group: row.cell('group'),
      min: Number(checkCell('lookup_age_groups.csv', row, 'min_age', /^\d+$/, 'an age in years')),
      ...(max ? { max: Number(max) } : {}),
      ...optional('notes', row.cell('notes')),
    };
  });

  file = 'lookup_occupations.csv';
  const occupations = parseReferenceCsv(file, read(file), [
    'key',
    'label_bp2mi',
    'label_id',
    'formal_informal',
    'kbli_2020_section',
    'typical_destinations',
    'source',
  ]).map((row) => ({
    key: checkCell('lookup_occupations.csv', row, 'key', /^[a-z_]+$/, 'a snake_case key'),
    labelBp2mi: row.cell('label_bp2mi'),
    labelId: row.cell('label_id'),
    formalInformal: row.cell('formal_informal'),
    kbli2020Section: row.cell('kbli_2020_section'),
    typicalDestinations: row
      .cell('typical_destinations')
      .split(';')
      .map((d) => d.trim())
      .filter((d) => d !== ''),
    source: row.cell('source'),
  }));

  file = 'ssw_fields.csv';
  const sswFields = parseReferenceCsv(file, read(file), [
    'field_no',
    'name_en',
    'name_ja',
    'name_id',
    'ssw_ii_available',
    'added',
    'notes',
  ]).map((row) => ({
    fieldNo: Number(checkCell('ssw_fields.csv', row, 'field_no', /^\d+$/, 'a field number')),
    name: { en: row.cell('name_en'), ja: row.cell('name_ja'), id: row.cell('name_id') },
    sswIiAvailable: row.cell('ssw_ii_available'),
    added: row.cell('added'),
    ...optional('notes', row.cell('notes')),
  }));

  return { educationLevels, ageGroups, occupations, sswFields };
}
