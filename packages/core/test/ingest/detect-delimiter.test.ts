import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../src/ingest/detect-delimiter.ts';

describe('detectDelimiter', () => {
  it('detectDelimiter finds the semicolon of a KoBo export and ignores commas inside quotes', () => {
    const guess = detectDelimiter('"id";"name";"dest"\n"1";"Siti, Ani";"Japan"\n"2";"Budi";"Korea, South"\n');
    expect(guess).toEqual({ delimiter: ';', found: true, headerFields: 3, agreement: 1, sampled: 2 });
  });

  it('detectDelimiter finds the tab of a TSV whose values contain commas', () => {
    expect(detectDelimiter('a\tb\n1,5\tx, y\n2\tz\n').delimiter).toBe('\t');
  });

  it('detectDelimiter prefers the delimiter whose field counts agree with the header', () => {
    // The header has one ';' inside a name, but the data lines agree with the commas.
    const text = 'id,weight;kg,dest\n1,60,Japan\n2,55,Korea\n3,70,Taiwan\n';
    expect(detectDelimiter(text).delimiter).toBe(',');
  });

  it('detectDelimiter reads semicolons with decimal commas as semicolon-separated', () => {
    expect(detectDelimiter('id;w\n1;1,5\n2;0,25\n').delimiter).toBe(';');
  });

  it('detectDelimiter ignores the last line of an incomplete sample and counts only complete lines', () => {
    const guess = detectDelimiter('a,b\n1,2\n3,4\n5', { complete: false });
    expect(guess.sampled).toBe(2);
    expect(guess.agreement).toBe(1);
  });

  it('detectDelimiter falls back to the preferred delimiter with found=false when the header has none', () => {
    expect(detectDelimiter('destination\nJapan\n', { prefer: '\t' })).toMatchObject({
      delimiter: '\t',
      found: false,
    });
    expect(detectDelimiter('destination\nJapan\n')).toMatchObject({ delimiter: ',', found: false });
  });

  it('detectDelimiter breaks a tie with the preferred delimiter', () => {
    expect(detectDelimiter('a,b\tc\n1,2\t3\n', { prefer: '\t' }).delimiter).toBe('\t');
    expect(detectDelimiter('a,b\tc\n1,2\t3\n').delimiter).toBe(',');
  });
});
