/** Where a `<text>` element of a vega SVG sits, in SVG coordinates. */
export interface TextBox {
  text: string;
  left: number;
  right: number;
  y: number;
  fontSize: number;
  fontWeight: string;
  fontFamily: string | undefined;
  opacity: number;
}

/**
 * Finds every unrotated `<text>` of a vega SVG and its horizontal extent, summing the `translate`s of
 * the groups around it and placing it by its `text-anchor` and the given width function.
 */
export function textBoxes(
  svg: string,
  width: (text: string, size: number, weight: string) => number,
): TextBox[] {
  const offsets: [number, number][] = [[0, 0]];
  const boxes: TextBox[] = [];
  for (const match of svg.matchAll(/<(\/?)(g|text)\b([^>]*?)(\/?)>(?:([^<]*)<\/text>)?/g)) {
    const [, closing, tag, attributes = '', selfClosing, content] = match;
    const [dx, dy] = offsets.at(-1)!;
    if (tag === 'g') {
      if (closing) offsets.pop();
      else if (!selfClosing) {
        const [x, y] = translate(attributes);
        offsets.push([dx + x, dy + y]);
      }
      continue;
    }
    if (/rotate\(/.test(attributes)) continue;
    const [x, y] = translate(attributes);
    const text = decodeEntities(content ?? '');
    const fontSize = Number.parseFloat(attr(attributes, 'font-size') ?? '11');
    const fontWeight = attr(attributes, 'font-weight') ?? 'normal';
    const w = width(text, fontSize, fontWeight);
    const anchor = attr(attributes, 'text-anchor') ?? 'start';
    const left = dx + x - (anchor === 'end' ? w : anchor === 'middle' ? w / 2 : 0);
    boxes.push({
      text,
      left,
      right: left + w,
      y: dy + y,
      fontSize,
      fontWeight,
      fontFamily: attr(attributes, 'font-family'),
      opacity: Number(attr(attributes, 'opacity') ?? '1'),
    });
  }
  return boxes;
}

function attr(attributes: string, name: string): string | undefined {
  return new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attributes)?.[1];
}

function translate(attributes: string): [number, number] {
  const m = /transform="translate\(([-\d.e]+),\s*([-\d.e]+)\)/.exec(attributes);
  return m ? [Number(m[1]), Number(m[2])] : [0, 0];
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}
