import { csvCell, rowsToCsv, toArquero } from '@minat/core';
import { describe, expect, it } from 'vitest';

describe('csvCell', () => {
  it('neutralises text that a spreadsheet would run as a formula, keeps numbers as numbers', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+62 812')).toBe("'+62 812");
    expect(csvCell('-x')).toBe("'-x");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell(-0.25)).toBe('-0.25');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });

  it('joins arrays with ;, writes null and non-finite numbers as empty, quotes commas and line breaks', () => {
    expect(csvCell(['boundary', 'review'])).toBe('boundary;review');
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell('Jawa, Timur')).toBe('"Jawa, Timur"');
    expect(csvCell('a\nb')).toBe('"a\nb"');
  });
});

describe('rowsToCsv and toArquero', () => {
  const rows = [
    { sex: 'F', destination: 'JP', estimate: 0.3, flags: [] },
    { sex: '=cmd', destination: 'DE', estimate: null, flags: ['suppressed:n'] },
  ];
  it('writes the header and one line per row in the given column order', () => {
    expect(rowsToCsv(rows, ['sex', 'destination', 'estimate', 'flags'])).toBe(
      "sex,destination,estimate,flags\nF,JP,0.3,\n'=cmd,DE,,suppressed:n\n",
    );
  });
  it('toArquero keeps every row and column', () => {
    const t = toArquero(rows);
    expect(t.numRows()).toBe(2);
    expect(t.columnNames()).toEqual(['sex', 'destination', 'estimate', 'flags']);
    expect(t.objects()[1]).toEqual(rows[1]);
  });
});
