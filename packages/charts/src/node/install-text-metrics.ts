import * as vega from 'vega';
import { measureText } from './measure-text.ts';

/** The fields of a vega text item that decide its width. */
interface TextItem {
  fontSize?: number | string;
  fontWeight?: number | string;
  limit?: number;
  ellipsis?: string;
  dir?: string;
}

type Bound = (bounds: unknown, item: TextItem, mode?: number) => unknown;

/** Parts of vega-scenegraph that vega exports but its typings leave out. */
interface Scenegraph {
  textMetrics: { width: (item: TextItem, text?: unknown) => number };
  Marks: { text: { bound: Bound } };
}

const scenegraph = vega as unknown as Scenegraph;
let installed = false;
let bounding = false;

/**
 * Makes vega measure text with Inter, the font the charts are drawn in, instead of its estimate
 * (0.8 × font size per character, which vega falls back to in Node without node-canvas). Replaces
 * `vega.textMetrics.width` for the whole process, so axis and legend layout, label truncation
 * (`labelLimit`) and label placement all use real glyph widths; every family is measured as Inter,
 * which is also the only font the PNG renderer is given. Idempotent; `renderSvg` calls it.
 *
 * @example
 * ```ts
 * installTextMetrics();
 * const svg = await new vega.View(vega.parse(spec), { renderer: 'none' }).toSVG();
 * ```
 */
export function installTextMetrics(): void {
  if (installed) return;
  installed = true;
  scenegraph.textMetrics.width = (item, text) => {
    const line = text == null ? '' : String(text).trim();
    const width = (s: string) => measureText(s, fontSize(item), item.fontWeight);
    // Vega's own truncation calls this function for the candidate prefixes, so only the bounds of a
    // text mark (computed by the wrapped bound below) see the truncated width, as with canvas metrics.
    if (!bounding || !(Number(item.limit) > 0)) return width(line);
    return width(truncate(line, item, width));
  };
  const bound = scenegraph.Marks.text.bound;
  scenegraph.Marks.text.bound = (bounds, item, mode) => {
    bounding = true;
    try {
      return bound(bounds, item, mode);
    } finally {
      bounding = false;
    }
  };
}

function fontSize(item: TextItem): number {
  return item.fontSize != null ? Number(item.fontSize) || 0 : 11;
}

/** Vega-scenegraph's `truncate`, which it does not export: the longest prefix that fits, plus an ellipsis. */
function truncate(text: string, item: TextItem, width: (s: string) => number): string {
  let limit = Number(item.limit);
  if (!text || width(text) < limit) return text;
  const ellipsis = item.ellipsis ?? '\u2026';
  limit -= width(ellipsis);
  let lo = 0;
  let hi = text.length;
  if (item.dir === 'rtl') {
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (width(text.slice(mid)) > limit) lo = mid + 1;
      else hi = mid;
    }
    return ellipsis + text.slice(lo);
  }
  while (lo < hi) {
    const mid = 1 + ((lo + hi) >>> 1);
    if (width(text.slice(0, mid)) < limit) lo = mid;
    else hi = mid - 1;
  }
  return text.slice(0, lo) + ellipsis;
}
