import { describe, expect, it } from 'vitest';
import { CHART_FONT, chartTheme, PALETTE } from '../../src/index.ts';
import { textOn } from '../../src/theme/text-on.ts';

describe('chartTheme', () => {
  it("chartTheme('id') sets the Indonesian number locale: decimal comma, thousands dot", () => {
    expect(chartTheme('id').locale?.number).toMatchObject({ decimal: ',', thousands: '.', grouping: [3] });
    expect(chartTheme('en').locale?.number).toMatchObject({ decimal: '.', thousands: ',', grouping: [3] });
  });

  it('uses Inter and the Okabe–Ito palette as the categorical range', () => {
    const theme = chartTheme('en');
    expect(theme.font).toBe(CHART_FONT);
    expect((theme.range as { category: string[] }).category).toEqual([
      '#0072B2',
      '#E69F00',
      '#009E73',
      '#D55E00',
      '#56B4E9',
      '#CC79A7',
      '#F0E442',
      '#000000',
    ]);
    expect(PALETTE.accent).toBe('#0072B2');
  });

  it('returns a fresh object each call', () => {
    const a = chartTheme('id');
    (a.locale!.number as { decimal: string }).decimal = '!';
    expect(chartTheme('id').locale?.number?.decimal).toBe(',');
  });
});

describe('textOn', () => {
  it('textOn gives white on dark fills and dark text on light ones', () => {
    expect(textOn('#0072B2')).toBe('#FFFFFF');
    expect(textOn('#000000')).toBe('#FFFFFF');
    expect(textOn('#F0E442')).toBe(PALETTE.text);
    expect(textOn('#56B4E9')).toBe(PALETTE.text);
  });
});
