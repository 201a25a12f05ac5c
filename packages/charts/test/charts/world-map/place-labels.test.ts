import { describe, expect, it } from 'vitest';
import { placeLabels } from '../../../src/charts/world-map/place-labels.ts';

describe('placeLabels', () => {
  it('placeLabels puts a label right of its circle when there is room', () => {
    expect(placeLabels([{ x: 100, y: 50, r: 10, text: 'Japan' }], 720, 360)).toEqual([
      { index: 0, x: 113, y: 50, side: 'right' },
    ]);
  });

  it('moves a label to the left when the right side holds another circle, and skips one that fits nowhere', () => {
    const placed = placeLabels(
      [
        { x: 600, y: 100, r: 20, text: 'Japan' },
        { x: 560, y: 100, r: 12, text: 'South Korea' },
        { x: 700, y: 100, r: 5, text: 'Far east label' },
      ],
      720,
      360,
    );
    // Japan's label fits on the right; Korea's right side is Japan's circle, so it goes left; the far-east
    // label overflows the map on the right and above/below, and meets Japan's label on the left.
    expect(placed.map((p) => [p.index, p.side])).toEqual([
      [0, 'right'],
      [1, 'left'],
    ]);
  });

  it('leaves out a label whose circle has no text', () => {
    expect(placeLabels([{ x: 100, y: 50, r: 10, text: '' }], 720, 360)).toEqual([]);
  });
});
