import * as node from '@minat/charts/node';
import { describe, expect, it } from 'vitest';

describe('@minat/charts/node', () => {
  it('exports exactly these runtime values', () => {
    expect(Object.keys(node).sort()).toEqual([
      'CHART_FONT_FAMILY',
      'compileSpec',
      'installTextMetrics',
      'interFontFiles',
      'measureText',
      'normalizeSvg',
      'renderPng',
      'renderSvg',
      'svgToPng',
    ]);
  });
});
