/** An item's position and size, as encoders set them. */
type Spatial = Record<'x' | 'x2' | 'xc' | 'y' | 'y2' | 'yc' | 'width' | 'height', number>;

/**
 * An item's size from its two ends, or its start from its end or centre, along x and along y (what
 * vega-interpreter's encoders do after the channels; `swap` orders the ends of rects, images and
 * groups).
 */
export function adjustSpatial(item: Spatial, encode: Record<string, unknown>, swap: boolean): void {
  adjustAxis(item, encode, swap, 'x', 'x2', 'xc', 'width');
  adjustAxis(item, encode, swap, 'y', 'y2', 'yc', 'height');
}

function adjustAxis<K extends keyof Spatial>(
  item: Spatial,
  encode: Record<string, unknown>,
  swap: boolean,
  start: K,
  end: K,
  centre: K,
  size: K,
): void {
  if (encode[end]) {
    if (encode[start]) {
      if (swap && item[start] > item[end]) {
        const t = item[start];
        item[start] = item[end];
        item[end] = t;
      }
      item[size] = item[end] - item[start];
    } else {
      item[start] = item[end] - (item[size] || 0);
    }
  }
  if (encode[centre]) item[start] = item[centre] - (item[size] || 0) / 2;
}
