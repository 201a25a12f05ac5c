import { altText, type ChartName } from '@minat/charts';
import type { ChartPayload } from './protocol.ts';

/**
 * A chart as the page receives it: the spec, its alt text (written by the builder from the data),
 * and the rows behind it with their columns (the data table and the CSV download).
 */
export function chartPayload(
  id: string,
  name: ChartName,
  spec: object,
  rows: readonly object[],
): ChartPayload {
  const plain = rows.map((r) => ({ ...(r as Record<string, unknown>) }));
  const columns: string[] = [];
  for (const row of plain) for (const key of Object.keys(row)) if (!columns.includes(key)) columns.push(key);
  return {
    id,
    name,
    spec: spec as Record<string, unknown>,
    rows: plain,
    columns,
    alt: altText(spec as Parameters<typeof altText>[0]),
  };
}
