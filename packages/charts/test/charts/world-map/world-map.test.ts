import { describe, expect, it } from 'vitest';
import { altText, worldMap } from '../../../src/index.ts';
import { compileCollecting } from '../../helpers/compile-collecting.ts';
import { estimateRow, footerText } from '../../helpers/literal-rows.ts';

const rows = [
  estimateRow('JP', 0.287, [0.27, 0.305]),
  estimateRow('HK', 0.065, [0.058, 0.073]),
  estimateRow('SG', 0.059, [0.051, 0.067], { flags: ['caution:nchs'] }),
  estimateRow('ZZ', 0.005, [0.003, 0.008]),
  estimateRow('BH', null, null, { flags: ['suppressed:numerator'] }),
];
type Layer = { data: { values: unknown }; mark: { type: string } };
const layers = (spec: unknown) => (spec as { vconcat: { layer: Layer[] }[] }).vconcat[0]!.layer;

describe('worldMap', () => {
  it('places circles by ISO numeric code at world-atlas 50m centroids: Hong Kong and Singapore included', () => {
    const circles = layers(worldMap(rows))[1]!.data.values as Record<string, unknown>[];
    expect(circles.map((c) => [c['code'], c['lon'], c['lat']])).toEqual([
      ['JP', 137.99, 36.65],
      ['HK', 114.14, 22.44],
      ['SG', 103.82, 1.36],
    ]);
  });

  it('draws a suppressed destination as an open ring and names unplaced codes in the footer', () => {
    const spec = worldMap(rows);
    const ring = layers(spec)[2]!;
    expect(ring.mark).toMatchObject({ type: 'point', filled: false });
    expect((ring.data.values as Record<string, unknown>[]).map((r) => [r['code'], r['estimate']])).toEqual([
      ['BH', null],
    ]);
    expect(footerText(spec)).toContain('Not on the map: Other country.');
    expect(compileCollecting(spec).warnings).toEqual([]);
  });

  it('keeps the ring layer, empty, when nothing is suppressed: a filter changes its data, not its structure', () => {
    const shown = rows.filter((r) => !r.flags.some((f) => f.startsWith('suppressed:')));
    const spec = worldMap(shown);
    const ring = layers(spec)[2]!;
    expect(ring.mark).toMatchObject({ type: 'point', filled: false });
    expect(ring.data.values).toEqual([]);
    expect(layers(spec).map((l) => JSON.stringify(l.mark))).toEqual(
      layers(worldMap(rows)).map((l) => JSON.stringify(l.mark)),
    );
    expect(compileCollecting(spec).warnings).toEqual([]);
  });

  it('inlines the base map (world-atlas 110m countries without Antarctica) as TopoJSON', () => {
    const base = layers(worldMap(rows))[0]!.data as unknown as {
      values: { type: string; objects: { countries: { geometries: { id?: string }[] } } };
      format: unknown;
    };
    expect(base.format).toEqual({ type: 'topojson', feature: 'countries' });
    expect(base.values.type).toBe('Topology');
    expect(base.values.objects.countries.geometries.some((g) => g.id === '010')).toBe(false);
    expect(base.values.objects.countries.geometries.some((g) => g.id === '392')).toBe(true);
  });

  it('writes the alt text from the data', () => {
    expect(altText(worldMap(rows, { lang: 'id', title: 'Peta' }))).toBe(
      'Peta. Peta. Jepang 28,7% (27,0–30,5%), Hong Kong 6,5% (5,8–7,3%), Singapura 5,9% (5,1–6,7%), Negara lain 0,5% (0,3–0,8%). ' +
        'Disembunyikan (responden terlalu sedikit): Bahrain.',
    );
  });
});
