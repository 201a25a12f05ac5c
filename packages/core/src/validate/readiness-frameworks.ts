import type { CodebookEntry } from '../schema/survey-schema.ts';

const entry = (code: string, en: string, id: string, values: string[] = []): CodebookEntry => ({
  code,
  label: { en, id },
  values,
});

const NONE = entry('none', 'No test', 'Belum ikut tes', [
  'tidak ada',
  'belum',
  'no test',
  'belum ikut tes',
  '-',
]);

/**
 * Levels of each language-test framework, lowest first (after `none`), as a codebook.
 * Registry read by validation, the CLI and the docs alike.
 */
export const readinessFrameworks: Record<string, readonly CodebookEntry[]> = {
  JLPT: [
    NONE,
    ...['N5', 'N4', 'N3', 'N2', 'N1'].map((l) => entry(l, `JLPT ${l}`, `JLPT ${l}`, [`JLPT ${l}`])),
  ],
  'JFT-Basic': [
    NONE,
    entry('fail', 'Not passed', 'Tidak lulus', [
      'not passed',
      'not_passed',
      'tidak lulus',
      'gagal',
      'failed',
    ]),
    entry('pass', 'Passed (A2)', 'Lulus (A2)', ['passed', 'lulus', 'a2', 'pass a2']),
  ],
  CEFR: [
    NONE,
    ...['A1', 'A2', 'B1', 'B2', 'C1', 'C2'].map((l) => entry(l, `CEFR ${l}`, `CEFR ${l}`, [`CEFR ${l}`])),
  ],
  'EPS-TOPIK': [
    NONE,
    entry('not_passed', 'Not passed', 'Tidak lulus', [
      'not passed',
      'tidak lulus',
      'gagal',
      'failed',
      'fail',
    ]),
    entry('passed', 'Passed', 'Lulus', ['pass', 'lulus']),
  ],
  TOPIK: [
    NONE,
    ...['1', '2', '3', '4', '5', '6'].map((l) =>
      entry(l, `TOPIK level ${l}`, `TOPIK level ${l}`, [`level ${l}`]),
    ),
  ],
};
