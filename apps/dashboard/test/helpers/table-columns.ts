import type { Locator } from 'playwright-core';

/** The column names of a data table (its headers show them in words and by name; `data-column` is the name). */
export function tableColumns(table: Locator): Promise<string[]> {
  return table
    .locator('thead th')
    .evaluateAll((ths) => ths.map((th) => (th as HTMLElement).dataset.column ?? ''));
}
