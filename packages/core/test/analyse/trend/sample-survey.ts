import { readFileSync } from 'node:fs';
import {
  buildDesign,
  parseSurveySchema,
  type RawTable,
  readTable,
  type SurveyDesign,
  type ValidatedSurvey,
  validateSurvey,
} from '@minat/core';

const file = (name: string) => new URL(`../../../../../data/sample/${name}`, import.meta.url);

let cached: Promise<{ raw: RawTable; survey: ValidatedSurvey; design: SurveyDesign }> | undefined;

/** The synthetic sample (data/sample/survey.csv with survey.json), read once per test file. */
export function sampleSurvey(): Promise<{ raw: RawTable; survey: ValidatedSurvey; design: SurveyDesign }> {
  cached ??= (async () => {
    const raw = await readTable({
      name: 'survey.csv',
      bytes: new Uint8Array(readFileSync(file('survey.csv'))),
    });
    const survey = validateSurvey(
      raw,
      parseSurveySchema(JSON.parse(readFileSync(file('survey.json'), 'utf8'))),
    );
    return { raw, survey, design: buildDesign(survey) };
  })();
  return cached;
}

/** A raw column of the sample by header. */
export function rawColumn(raw: RawTable, header: string): string[] {
  return raw.columns[raw.headers.indexOf(header)]!;
}

/**
 * Share of rows of one wave whose `dest_1` is in `codes`, among rows with a `dest_1`, and its
 * linearised SE computed here from the raw columns: row scores w(y − p̂)/Σw summed to PSUs
 * (wave, province, regency), centred within strata (wave, province), times n_h/(n_h − 1).
 */
export function byHandShare(raw: RawTable, wave: string, codes: string[]): { p: number; se: number } {
  const [waves, province, regency, weight, dest] = ['wave', 'province', 'regency', 'weight', 'dest_1'].map(
    (h) => rawColumn(raw, h),
  ) as [string[], string[], string[], string[], string[]];
  let num = 0;
  let den = 0;
  for (let i = 0; i < waves.length; i++) {
    if (waves[i] !== wave || dest[i] === '') continue;
    den += Number(weight[i]);
    if (codes.includes(dest[i]!)) num += Number(weight[i]);
  }
  const p = num / den;
  const strata = new Map<string, Map<string, number>>();
  for (let i = 0; i < waves.length; i++) {
    if (waves[i] !== wave) continue;
    const h = `${province[i]}`;
    const psus = strata.get(h) ?? strata.set(h, new Map()).get(h)!;
    const z = dest[i] === '' ? 0 : (Number(weight[i]) * ((codes.includes(dest[i]!) ? 1 : 0) - p)) / den;
    psus.set(regency[i]!, (psus.get(regency[i]!) ?? 0) + z);
  }
  let variance = 0;
  for (const psus of strata.values()) {
    const totals = [...psus.values()];
    const n = totals.length;
    if (n < 2) throw new Error('a stratum with one PSU: the by-hand check assumes none');
    const mean = totals.reduce((a, b) => a + b, 0) / n;
    variance += (n / (n - 1)) * totals.reduce((a, t) => a + (t - mean) ** 2, 0);
  }
  return { p, se: Math.sqrt(variance) };
}
