import { describe, expect, it } from 'vitest';
import { suppressSmallCells } from '../../../src/analyse/reliability/suppress-small-cells.ts';
import { suppressionNote } from '../../../src/analyse/reliability/suppression-note.ts';
import { makeRow } from './make-row.ts';

const cell = (count: number, n: number) => makeRow({ count_unweighted: count, n_unweighted: n });

describe('suppressionNote', () => {
  const rows = suppressSmallCells([cell(4, 100), cell(97, 100), cell(10, 20), cell(50, 100)]);

  it('suppressionNote(rows) counts suppressed cells and names the reasons present, in English', () => {
    expect(suppressionNote(rows)).toBe(
      '3 cells suppressed (left blank, not zero): fewer than 30 respondents in the base, or 1–4 respondents chose the destination, or 1–4 respondents in the base did not choose it.',
    );
  });

  it("suppressionNote(rows, 'id') says the same in Indonesian", () => {
    expect(suppressionNote(rows, 'id')).toBe(
      '3 sel disembunyikan (dikosongkan, bukan nol): dasar kurang dari 30 responden, atau hanya 1–4 responden memilih tujuan tersebut, atau hanya 1–4 responden dalam dasar yang tidak memilihnya.',
    );
  });

  it('suppressionNote uses the singular for one cell and the thresholds it is given', () => {
    const one = suppressSmallCells([cell(1, 100), cell(50, 100)], { numerator: 2, zeros: 'suppress' });
    expect(suppressionNote(one, 'en', { numerator: 2, zeros: 'suppress' })).toBe(
      '1 cell suppressed (left blank, not zero): 0–1 respondents chose the destination.',
    );
    const two = suppressSmallCells([cell(1, 100)], { numerator: 2 });
    expect(suppressionNote(two, 'en', { numerator: 2 })).toBe(
      '1 cell suppressed (left blank, not zero): 1 respondent chose the destination.',
    );
  });

  it('suppressionNote returns null when no cell is suppressed', () => {
    expect(suppressionNote(suppressSmallCells([cell(50, 100)]))).toBeNull();
  });
});
