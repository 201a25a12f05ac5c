import * as vega from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import { compileCollecting } from './compile-collecting.ts';

/** A drawn item of a chart: its mark type, text (for text marks), size and the datum behind it. */
export interface SceneItem {
  marktype: string;
  /** The Vega mark's name, e.g. `concat_0_layer_0_marks` (Vega-Lite names marks by their place in the spec). */
  mark: string;
  text?: string;
  width?: number;
  datum: Record<string, unknown>;
}

interface SceneNode {
  marktype?: string;
  name?: string;
  items?: SceneNode[];
  text?: unknown;
  width?: number;
  datum?: Record<string, unknown>;
}

function walk(node: SceneNode, out: SceneItem[], marktype?: string, mark = ''): void {
  for (const item of node.items ?? []) {
    if (item.marktype !== undefined) walk(item, out, item.marktype, item.name ?? '');
    else {
      if (marktype && marktype !== 'group' && item.datum) {
        out.push({
          marktype,
          mark,
          ...(item.text === undefined
            ? {}
            : { text: Array.isArray(item.text) ? item.text.join(' ') : String(item.text) }),
          ...(item.width === undefined ? {} : { width: item.width }),
          datum: item.datum,
        });
      }
      walk(item, out, marktype, mark);
    }
  }
}

/**
 * Lays a chart out with Vega (renderer `none`, no browser) and returns every drawn item with its datum,
 * so tests can check what is actually drawn (e.g. no bar for a suppressed row).
 */
export async function sceneItems(spec: TopLevelSpec): Promise<SceneItem[]> {
  const view = new vega.View(vega.parse(compileCollecting(spec).vega), { renderer: 'none' });
  await view.runAsync();
  const out: SceneItem[] = [];
  walk((view.scenegraph() as unknown as { root: SceneNode }).root, out);
  view.finalize();
  return out;
}
