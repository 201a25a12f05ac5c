/** A circle on the map, in pixels, and the label it should get. */
export interface LabelledCircle {
  x: number;
  y: number;
  r: number;
  text: string;
}

/** Where a label was placed: its anchor in pixels and which side of its circle. */
export interface PlacedLabel {
  index: number;
  x: number;
  y: number;
  side: 'right' | 'left' | 'above' | 'below';
}

type Box = [number, number, number, number];
const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
const CHAR = 6.3;
const HEIGHT = 13;

/**
 * Places labels next to circles without overlaps, greedily in the given order (largest share first):
 * right, left, above, below its circle; a label that fits nowhere inside the map, clear of the
 * other circles and labels, is left out (the destination stays in the tooltip and the alt text).
 * Deterministic.
 * @param circles - circles in drawing order with their label text (`text` empty: no label wanted)
 * @param width - map width in pixels
 * @param height - map height in pixels
 * @example placeLabels([{ x: 100, y: 50, r: 10, text: 'Japan' }], 720, 360)[0]?.side // 'right'
 */
export function placeLabels(
  circles: readonly LabelledCircle[],
  width: number,
  height: number,
): PlacedLabel[] {
  const taken: Box[] = circles.map((c) => [c.x - c.r, c.y - c.r, c.x + c.r, c.y + c.r]);
  const out: PlacedLabel[] = [];
  circles.forEach((c, index) => {
    if (c.text === '') return;
    const w = c.text.length * CHAR;
    const candidates: [PlacedLabel['side'], number, number, Box][] = [
      ['right', c.x + c.r + 3, c.y, [c.x + c.r + 3, c.y - HEIGHT / 2, c.x + c.r + 3 + w, c.y + HEIGHT / 2]],
      ['left', c.x - c.r - 3, c.y, [c.x - c.r - 3 - w, c.y - HEIGHT / 2, c.x - c.r - 3, c.y + HEIGHT / 2]],
      ['above', c.x, c.y - c.r - 2, [c.x - w / 2, c.y - c.r - 2 - HEIGHT, c.x + w / 2, c.y - c.r - 2]],
      ['below', c.x, c.y + c.r + 2, [c.x - w / 2, c.y + c.r + 2, c.x + w / 2, c.y + c.r + 2 + HEIGHT]],
    ];
    for (const [side, x, y, box] of candidates) {
      const inside = box[0] >= 0 && box[1] >= 0 && box[2] <= width && box[3] <= height;
      if (inside && !taken.some((t, k) => k !== index && overlaps(t, box))) {
        taken.push(box);
        out.push({ index, x, y, side });
        return;
      }
    }
  });
  return out;
}
