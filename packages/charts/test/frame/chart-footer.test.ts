import { describe, expect, it } from 'vitest';
import { chartFooter } from '../../src/frame/chart-footer.ts';
import { normalizeChartOptions } from '../../src/index.ts';
import { estimateRow } from '../helpers/literal-rows.ts';

const context = {
  question: {
    en: 'Which country would you most like to work in?',
    id: 'Negara mana yang paling ingin Anda tuju?',
  },
  base: { en: 'respondents who answered', id: 'responden yang menjawab' },
  weighting: { en: 'design weights', id: 'bobot desain' },
  ci: 'logit',
  level: 0.95,
  reliability: 'nchs',
  source: 'Survey X',
  dataVersion: '2026-02-12',
};
const rows = [
  estimateRow('JP', 0.3, [0.27, 0.33], { n_unweighted: 1200 }),
  estimateRow('BH', null, null, { n_unweighted: 1200, flags: ['suppressed:numerator'] }),
];

describe('chartFooter', () => {
  it('chartFooter(rows, en options) states question, base with n, method, suppression and source', () => {
    expect(chartFooter(rows, normalizeChartOptions('ranking', { context }), { cue: 'faded' })).toEqual([
      'Question: Which country would you most like to work in?',
      'Base: respondents who answered; n = 1,200 (unweighted).',
      'Weighting: design weights. 95% confidence intervals (logit method, design-based standard errors). Reliability: NCHS 2017 (proportions); faded marks are less reliable.',
      '1 cell suppressed (left blank, not zero): 1–4 respondents chose the destination.',
      'Source: Survey X · Data version: 2026-02-12.',
    ]);
  });

  it('chartFooter(rows, id options) says the same in Indonesian with Indonesian numbers', () => {
    const lines = chartFooter(
      [...rows, estimateRow('KR', 0.1, [0.08, 0.12], { n_unweighted: 35 })],
      normalizeChartOptions('heatmap', { lang: 'id', context: { ...context, level: 0.9 } }),
      { cue: 'brackets' },
    );
    expect(lines[1]).toBe('Dasar: responden yang menjawab; n = 35–1.200 per kelompok (tanpa bobot).');
    expect(lines[2]).toBe(
      'Pembobotan: bobot desain. Selang kepercayaan 90% (metode logit, galat baku berbasis desain). Keandalan: NCHS 2017 (proporsi); angka dalam kurung kurang andal.',
    );
    expect(lines[3]).toBe(
      '1 sel disembunyikan (dikosongkan, bukan nol): hanya 1–4 responden memilih tujuan tersebut.',
    );
  });

  it('chartFooter leaves out what the context does not give', () => {
    expect(chartFooter([estimateRow('JP', 0.3, [0.27, 0.33])], normalizeChartOptions('ranking'))).toEqual([
      'Base: n = 400 (unweighted).',
    ]);
  });
});
