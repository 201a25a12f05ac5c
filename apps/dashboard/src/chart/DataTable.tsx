import type { Lang } from '@minat/core';
import { useMemo, useState } from 'preact/hooks';
import { columnLabel } from '../format/column-label.ts';
import { formatCell } from '../format/format-cell.ts';

/** Props of {@link DataTable}. */
export interface DataTableProps {
  rows: Record<string, unknown>[];
  columns: string[];
  lang: Lang;
  caption: string;
  /** Sort column and direction, when the caller keeps them (the Table view keeps them in the URL). */
  sort?: { column: string; desc: boolean };
  onSort?: (column: string, desc: boolean) => void;
}

function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b));
}

/**
 * The rows behind a chart as an accessible table: sortable by any column (buttons in the headers,
 * `aria-sort` on the sorted one), numbers in the language's format, flags listed.
 */
export function DataTable({ rows, columns, lang, caption, sort, onSort }: DataTableProps) {
  const [own, setOwn] = useState<{ column: string; desc: boolean }>({ column: '', desc: false });
  const current = sort ?? own;
  const setSort = onSort ?? ((column: string, desc: boolean) => setOwn({ column, desc }));
  const sorted = useMemo(() => {
    if (!current.column) return rows;
    const out = [...rows].sort((a, b) => compare(a[current.column], b[current.column]));
    return current.desc ? out.reverse() : out;
  }, [rows, current.column, current.desc]);
  return (
    <section class="table-scroll" aria-label={caption}>
      <table class="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => {
              const active = current.column === c;
              const label = columnLabel(c, lang);
              return (
                <th
                  key={c}
                  scope="col"
                  data-column={c}
                  aria-sort={active ? (current.desc ? 'descending' : 'ascending') : undefined}
                >
                  <button type="button" onClick={() => setSort(c, active ? !current.desc : false)}>
                    {label && <span class="col-label">{label}</span>}
                    <span class={label ? 'col-name' : undefined}>
                      {c}
                      <span aria-hidden="true" class="sort-mark">
                        {active ? (current.desc ? '▼' : '▲') : ''}
                      </span>
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row, i) => (
            <tr key={i}>
              {columns.map((c) => (
                <td key={c} class={typeof row[c] === 'number' ? 'num' : undefined}>
                  {formatCell(row[c], lang)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
