import { MinatError } from '../errors/minat-error.ts';
import { resolveColumn } from '../ingest/kobo/resolve-column.ts';
import type { RawTable } from '../ingest/raw-table.ts';
import { message } from '../messages/messages.ts';

/** Finds schema columns in a raw table, failing with a clear error when one is absent or ambiguous. */
export class ColumnLookup {
  constructor(private readonly table: RawTable) {}

  /** The cells of the column named `name` (playing `role`). Throws `column-missing` when absent. */
  cells(name: string, role: string): string[] {
    const found = resolveColumn(this.table.headers, name);
    const file = this.table.source.name;
    if ('index' in found) return this.table.columns[found.index]!;
    if ('ambiguous' in found) {
      throw new MinatError(
        'column-missing',
        message('column-ambiguous', { file, column: name, role, suggestions: found.ambiguous.join(', ') }),
        {
          file,
          column: name,
          expected: 'a column name that matches exactly one header',
        },
      );
    }
    throw new MinatError(
      'column-missing',
      message('column-missing', { file, column: name, role, suggestions: found.suggestions.join(', ') }),
      { file, column: name, expected: `a column named ${JSON.stringify(name)}` },
    );
  }

  /** Header of the column named `name` as written in the file. */
  header(name: string): string {
    const found = resolveColumn(this.table.headers, name);
    return 'index' in found ? this.table.headers[found.index]! : name;
  }
}
