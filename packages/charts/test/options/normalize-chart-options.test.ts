import { describe, expect, it } from 'vitest';
import { normalizeChartOptions } from '../../src/index.ts';

describe('normalizeChartOptions', () => {
  it("normalizeChartOptions('ranking') fills the defaults", () => {
    expect(normalizeChartOptions('ranking')).toEqual({
      chart: 'ranking',
      lang: 'en',
      context: { level: 0.95 },
      width: 460,
      top: 10,
      alpha: 0.05,
      labels: {},
      mode: 'share',
    });
  });

  it('resolves { en, id } texts to the chart language and checks ci and reliability against core', () => {
    const o = normalizeChartOptions('trend', {
      lang: 'id',
      title: { en: 'Trend', id: 'Tren' },
      labels: { F: { en: 'Women', id: 'Perempuan' }, M: 'L' },
      context: {
        question: { en: 'Which country?', id: 'Negara mana?' },
        ci: 'beta',
        reliability: 'BPS',
        level: 0.9,
      },
    });
    expect(o.title).toBe('Tren');
    expect(o.labels).toEqual({ F: 'Perempuan', M: 'L' });
    expect(o.context).toEqual({ level: 0.9, question: 'Negara mana?', ci: 'beta', reliability: 'bps' });
  });

  it.each([
    [{ lang: 'fr' }, 'invalid lang "fr" for ranking: expected one of en, id'],
    [{ top: 0 }, 'invalid top 0 for ranking: expected a whole number from 1 to 200'],
    [{ width: 12.5 }, 'invalid width 12.5 for ranking: expected a whole number from 1 to 4000'],
    [{ alpha: 5 }, 'invalid alpha 5 for ranking: expected a number between 0 and 1, e.g. 0.05'],
    [
      { colour: 'red' },
      'unknown option "colour" for ranking: expected one of lang, title, subtitle, context, width, textWidth, top, alpha, labels, other',
    ],
    [
      { mode: 'top' },
      'unknown option "mode" for ranking: expected one of lang, title, subtitle, context, width, textWidth, top, alpha, labels, other',
    ],
    [
      { context: { level: 95 } },
      'invalid context.level 95 for ranking: expected a number between 0 and 1, e.g. 0.95',
    ],
    [
      { context: { n: 3 } },
      'unknown context field "n" for ranking: expected one of question, base, weighting, ci, level, reliability, suppression, source, dataVersion',
    ],
    [{ context: { ci: 'wald2' } }, 'invalid ci "wald2": expected one of logit'],
    [{ title: 3 }, 'invalid title 3 for ranking: expected a string or { en, id } strings'],
    [{ other: [1] }, 'invalid other [1] for ranking: expected one estimate row'],
  ])('normalizeChartOptions(ranking, %j) throws: %s', (options, message) => {
    expect(() => normalizeChartOptions('ranking', options)).toThrow(message);
  });

  it('checks the province map mode and destination', () => {
    expect(() => normalizeChartOptions('province-map', { mode: 'best' })).toThrow(
      'invalid mode "best" for province-map: expected one of share, top',
    );
    expect(() => normalizeChartOptions('province-map', { destination: '' })).toThrow(
      'invalid destination "" for province-map: expected a non-empty string',
    );
  });
});
