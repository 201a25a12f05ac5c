import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertReference } from '../../src/reference/convert/convert-reference.ts';

const dataDir = new URL('../../../../data/reference/', import.meta.url);
const generatedDir = new URL('../../src/reference/generated/', import.meta.url);
const outputs = convertReference((file) => readFileSync(new URL(file, dataDir), 'utf8'));

describe('generated reference JSON', () => {
  it('convertReference(data/reference) writes exactly the committed files (run `pnpm reference` if not)', () => {
    expect(Object.keys(outputs).sort()).toEqual(readdirSync(generatedDir).sort());
  });

  it.each(Object.keys(outputs))('committed %s equals a fresh conversion of the CSVs', (file) => {
    const committed = readFileSync(new URL(file, generatedDir), 'utf8');
    expect(committed === outputs[file], `${file} is stale: run \`pnpm reference\` and commit`).toBe(true);
  });

  it('keeps codes as strings with leading zeros', () => {
    const countries = JSON.parse(outputs['countries.json']!) as { iso2: string; numeric: string }[];
    expect(countries.find((c) => c.iso2 === 'BN')?.numeric).toBe('096');
    expect(countries.find((c) => c.iso2 === 'AU')?.numeric).toBe('036');
    const education = JSON.parse(outputs['education-levels.json']!) as { code: string }[];
    expect(education.map((e) => e.code).slice(0, 3)).toEqual(['00', '01', '02']);
  });
});
