import type { Locator } from 'playwright-core';

/** The column names of a data table (its headers show them in words and by name; `data-column` is the name). */
export function tableColumns(table: Locator): Promise<string[]> {
  return table
    .locator('thead th')
    .evaluateAll((ths) => ths.map((th) => (th as HTMLElement).dataset.column ?? ''));
}

/** The text of every body cell of a table, row by row, as the page shows it. */
export function tableCells(table: Locator): Promise<string[][]> {
  return table
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
}
