import { isObject, isPrimitiveList } from './spec-guards.ts';

/** The key of an inline dataset's placeholder row: `{ [SLOT]: index of its values }`. */
export const SLOT = '__minatSlot';
/** The prefix of a lifted parameter's name (`__minatP3`) and of a sort order's placeholders. */
export const PARAM = '__minatP';
/**
 * A lifted row height is compiled as this number plus its parameter's index, found again in the
 * signal Vega-Lite makes of it.
 */
export const SIZE_BASE = 987_650_000;
/** Marks a row of a vertical concatenation as the parent of the keys walked. */
const ROW = '\u0000row';

/** What a parameter lifts: a list read by an expression, a sort order, a row height, the title's lines. */
export type Kind = 'expr' | 'sort' | 'size' | 'title';

/** A lifted value, and its text (to tell a changed one from an unchanged one). */
export interface Value {
  value: unknown;
  text: string;
}

/** A spec with what varies with the numbers taken out ({@link liftSpec}). */
export interface Lifted {
  key: string;
  stripped: Record<string, unknown>;
  data: Value[];
  params: (Value & { as: Kind })[];
  description: string | undefined;
  usermeta: unknown;
}

/** The spec without what varies with the numbers (`all`: also sort orders and row heights). */
export function liftSpec(spec: Record<string, unknown>, all: boolean): Lifted {
  const { description, usermeta, ...rest } = spec;
  const lifted: Lifted = {
    key: '',
    stripped: {},
    data: [],
    params: [],
    description: typeof description === 'string' ? description : undefined,
    usermeta,
  };
  const slots = new Map<string, number>();
  // Equal lists share a parameter, as Vega-Lite merges the scales of layers with equal domains into
  // one domain (with a parameter each, it would write a union of them).
  const shared = new Map<string, number>();
  // `space`: where equal values share. A legend's entries never share with a scale's domain: whether
  // they happen to be equal depends on the numbers, and the structure must not.
  const param = (value: unknown, as: Kind, space: string = as) => {
    const text = JSON.stringify(value);
    const at = as === 'size' || as === 'title' ? undefined : shared.get(`${space}:${text}`);
    if (at !== undefined) return at;
    lifted.params.push({ value, text, as });
    shared.set(`${space}:${text}`, lifted.params.length - 1);
    return lifted.params.length - 1;
  };
  const walk = (node: unknown, parentKey: string): unknown => {
    if (Array.isArray(node)) return node.map((n) => walk(n, parentKey === 'vconcat' ? ROW : ''));
    if (node === null || typeof node !== 'object') return node;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
      if (k === 'data' && isObject(v) && 'values' in v) {
        const isTopo = (v['format'] as { type?: string } | undefined)?.type === 'topojson';
        // TopoJSON (a world map's ~100 kB of shapes) is told apart by a cheap fingerprint, not its
        // text, and shared by the layers that draw it. Other datasets get a placeholder each, even
        // when two are equal: Vega-Lite would merge equal ones, and the structure would then depend
        // on the numbers (two layers that are both empty for one filter only).
        const text = isTopo ? topoFingerprint(v['values']) : JSON.stringify(v['values']);
        let slot = isTopo ? slots.get(text) : undefined;
        if (slot === undefined) {
          slot = lifted.data.length;
          if (isTopo) slots.set(text, slot);
          lifted.data.push({ value: v['values'], text });
        }
        out[k] = { ...v, values: [{ [SLOT]: slot }] };
      } else if (k === 'domain' && parentKey === 'scale' && isPrimitiveList(v)) {
        out[k] = { expr: `${PARAM}${param(v, 'expr')}` };
      } else if (k === 'values' && parentKey === 'axis' && isPrimitiveList(v)) {
        out[k] = { expr: `${PARAM}${param(v, 'expr')}` };
      } else if (k === 'values' && parentKey === 'legend' && isPrimitiveList(v)) {
        out[k] = { expr: `${PARAM}${param(v, 'expr', 'legend')}` };
      } else if (all && k === 'sort' && isPrimitiveList(v) && v.length > 0) {
        const p = param(v, 'sort');
        out[k] = v.map((_, i) => `${PARAM}${p}_${i}`);
      } else if (all && k === 'height' && parentKey === ROW && typeof v === 'number') {
        out[k] = SIZE_BASE + param(v, 'size');
      } else {
        out[k] = walk(v, k);
      }
    }
    return out;
  };
  const stripped = walk(rest, '') as Record<string, unknown>;
  // The title's text and subtitle (a chart may add a sentence when its slow part arrives).
  const title = stripped['title'];
  if (all && title !== undefined) {
    const t = (typeof title === 'string' || Array.isArray(title) ? { text: title } : title) as Record<
      string,
      unknown
    >;
    const lines = { ...t };
    for (const part of ['text', 'subtitle'])
      if (typeof t[part] === 'string' || isPrimitiveList(t[part]))
        lines[part] = `${PARAM}${param(t[part], 'title')}_${part}`;
    stripped['title'] = lines;
  }
  // Domains, axis values and sort orders are read from Vega-Lite parameters; row heights from the
  // signals Vega-Lite makes of them, title lines from signals added after compiling.
  const declared = lifted.params.flatMap((p, i) =>
    p.as === 'size' || p.as === 'title' ? [] : [{ name: `${PARAM}${i}`, value: null }],
  );
  if (declared.length > 0)
    stripped['params'] = [...((stripped['params'] as unknown[] | undefined) ?? []), ...declared];
  lifted.stripped = stripped;
  lifted.key = JSON.stringify(stripped);
  return lifted;
}

/** A TopoJSON topology told apart by its shape, without writing out its arcs. */
function topoFingerprint(topology: unknown): string {
  const t = (topology ?? {}) as { bbox?: unknown; arcs?: unknown[]; objects?: object; transform?: unknown };
  return `topojson:${JSON.stringify([t.bbox, t.arcs?.length, Object.keys(t.objects ?? {}), t.transform])}`;
}
