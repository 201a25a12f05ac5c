import * as vega from 'vega';
import { describe, expect, it } from 'vitest';
import { installTextMetrics } from '../../src/node/install-text-metrics.ts';
import { measureText } from '../../src/node/measure-text.ts';

interface TextItem {
  text: string;
  bounds: { x1: number; x2: number };
}

/** A vega spec of three text marks: plain, bold, and one limited to 40 px. */
const spec: vega.Spec = {
  width: 300,
  height: 80,
  marks: [
    {
      name: 'plain',
      type: 'text',
      encode: {
        enter: {
          x: { value: 10 },
          y: { value: 20 },
          text: { value: 'Korea Selatan' },
          fontSize: { value: 11 },
        },
      },
    },
    {
      name: 'bold',
      type: 'text',
      encode: {
        enter: {
          x: { value: 10 },
          y: { value: 40 },
          text: { value: 'Korea Selatan' },
          fontSize: { value: 11 },
          fontWeight: { value: 'bold' },
        },
      },
    },
    {
      name: 'limited',
      type: 'text',
      encode: {
        enter: {
          x: { value: 10 },
          y: { value: 60 },
          text: { value: 'Uni Emirat Arab' },
          fontSize: { value: 11 },
          limit: { value: 40 },
        },
      },
    },
  ],
};

async function render(): Promise<{ items: Record<string, TextItem>; svg: string }> {
  installTextMetrics();
  const view = new vega.View(vega.parse(spec), { renderer: 'none' });
  await view.runAsync();
  const root = (
    view.scenegraph() as unknown as { root: { items: { items: { name: string; items: TextItem[] }[] }[] } }
  ).root;
  const items = Object.fromEntries(root.items[0]!.items.map((mark) => [mark.name, mark.items[0]!]));
  const svg = await view.toSVG();
  view.finalize();
  return { items, svg };
}

const width = (item: TextItem) => item.bounds.x2 - item.bounds.x1;

describe('installTextMetrics', () => {
  it('installTextMetrics() makes vega size a text mark by its Inter width, not 0.8 em per character', async () => {
    const { items } = await render();
    expect(width(items['plain']!)).toBeCloseTo(measureText('Korea Selatan', 11), 9);
    expect(width(items['plain']!)).not.toBe(Math.trunc(0.8 * 'Korea Selatan'.length * 11));
    expect(width(items['bold']!)).toBeCloseTo(measureText('Korea Selatan', 11, 'bold'), 9);
  });

  it('installTextMetrics() truncates a limited text to the longest prefix that fits with its ellipsis', async () => {
    const { items, svg } = await render();
    const text = 'Uni Emirat Arab';
    let kept = '';
    for (let n = 1; n <= text.length; n++) {
      if (measureText(text.slice(0, n), 11) + measureText('\u2026', 11) < 40) kept = text.slice(0, n);
    }
    expect(kept.length).toBeGreaterThan(2);
    expect(svg).toContain(`>${kept}\u2026</text>`);
    expect(width(items['limited']!)).toBeCloseTo(measureText(`${kept}\u2026`, 11), 9);
  });
});
