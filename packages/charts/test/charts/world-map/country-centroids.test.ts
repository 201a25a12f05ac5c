import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import centroids from '../../../src/charts/world-map/generated/country-centroids.json' with { type: 'json' };
import { countryCentroidsFromAtlas } from './country-centroids-from-atlas.ts';

describe('country-centroids.json', () => {
  const fresh = countryCentroidsFromAtlas();
  if (process.env['UPDATE_CENTROIDS'] === '1') {
    writeFileSync(
      new URL('../../../src/charts/world-map/generated/country-centroids.json', import.meta.url),
      `${JSON.stringify(fresh)}\n`,
    );
  }

  it('equals the centroids computed from world-atlas countries-50m (regenerate with UPDATE_CENTROIDS=1)', () => {
    expect(centroids).toEqual(fresh);
  });

  it('places Japan, Hong Kong, Singapore and Bahrain where they are', () => {
    const c = centroids as unknown as Record<string, [number, number]>;
    expect(c['392']![0]).toBeCloseTo(138, -1);
    expect(c['392']![1]).toBeCloseTo(36, -1);
    expect(c['344']![0]).toBeGreaterThan(113.8);
    expect(c['344']![0]).toBeLessThan(114.5);
    expect(c['702']![1]).toBeGreaterThan(1.1);
    expect(c['702']![1]).toBeLessThan(1.5);
    expect(c['048']).toBeDefined();
  });
});
