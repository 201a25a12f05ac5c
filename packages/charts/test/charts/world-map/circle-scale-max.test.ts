import { describe, expect, it } from 'vitest';
import { circleScaleMax } from '../../../src/charts/world-map/circle-scale-max.ts';

describe('circleScaleMax', () => {
  it('rounds the largest share up to the next ten points', () => {
    expect(circleScaleMax(0.287)).toBe(0.3);
    expect(circleScaleMax(0.3)).toBe(0.3);
    expect(circleScaleMax(0.301)).toBe(0.4);
    expect(circleScaleMax(0.1001)).toBe(0.2);
    expect(circleScaleMax(0.95)).toBe(1);
    expect(circleScaleMax(1)).toBe(1);
  });

  it('rounds to the next point below 10%, and gives at least 1%', () => {
    expect(circleScaleMax(0.1)).toBe(0.1);
    expect(circleScaleMax(0.062)).toBe(0.07);
    expect(circleScaleMax(0.004)).toBe(0.01);
    expect(circleScaleMax(0)).toBe(0.01);
  });
});
