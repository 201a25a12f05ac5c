import { isObject } from './spec-guards.ts';

const GENERATION = '__minatGeneration';
let generation = 0;

/** A new generation, for the rows of one compiled chart ({@link markRows}). */
export function nextGeneration(): number {
  return ++generation;
}

/**
 * Makes every faceted mark (a line per destination) draw its groups anew when its data change. A live
 * view keeps the groups it has and appends new ones, so after new data its lines would overlap in
 * another order than a new view's (the order of the data). Each compiled chart marks its rows with a
 * generation of its own ({@link markRows}), and the facets group by it too: new data, new groups, in
 * the data's order. Within one chart every row has the same generation, so the groups are the same.
 *
 * @returns whether the spec has faceted marks
 */
export function regroupFacets(node: unknown): boolean {
  if (Array.isArray(node)) return node.map(regroupFacets).some(Boolean);
  if (!isObject(node)) return false;
  let found = false;
  const facet = isObject(node['from']) ? node['from']['facet'] : undefined;
  if (isObject(facet)) {
    const groupby = facet['groupby'];
    facet['groupby'] = [
      ...(Array.isArray(groupby) ? groupby : groupby === undefined ? [] : [groupby]),
      GENERATION,
    ];
    found = true;
  }
  for (const v of Object.values(node)) if (regroupFacets(v)) found = true;
  return found;
}

/** The rows marked with the generation ({@link regroupFacets}); other values as they are. */
export function markRows(values: unknown, mark: number): unknown {
  if (!Array.isArray(values)) return values;
  return values.map((row) => (isObject(row) ? { ...row, [GENERATION]: mark } : row));
}
