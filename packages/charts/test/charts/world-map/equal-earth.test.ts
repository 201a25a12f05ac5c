import * as vega from 'vega';
import { describe, expect, it } from 'vitest';
import { equalEarth } from '../../../src/charts/world-map/equal-earth.ts';

type Projection = { scale(k: number): Projection; translate(t: [number, number]): Projection } & ((
  p: [number, number],
) => [number, number]);

describe('equalEarth', () => {
  it("equalEarth(lon, lat) equals Vega's equalEarth projection at scale 1 (y flipped)", () => {
    const vegaProjection = (vega.projection as unknown as (name: string) => () => Projection)('equalEarth')()
      .scale(1)
      .translate([0, 0]);
    for (const [lon, lat] of [
      [138, 36.6],
      [114.1, 22.4],
      [-99, 39.5],
      [180, 0],
      [0, 84],
      [-70, -58],
    ] as [number, number][]) {
      const [x, y] = vegaProjection([lon, lat]);
      const [ex, ey] = equalEarth(lon, lat);
      expect(ex).toBeCloseTo(x, 10);
      expect(ey).toBeCloseTo(-y, 10);
    }
  });
});
