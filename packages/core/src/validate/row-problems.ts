import { message } from '../messages/messages.ts';
import type { Rejection, RejectionCode, RowProblem } from './validated-survey.ts';

/** Collects the problems of each data row while the columns are validated one by one. */
export class RowProblems {
  private readonly byRow = new Map<number, RowProblem[]>();

  /** Records a problem of data row `i` (0-based). */
  add(
    i: number,
    column: string,
    value: string,
    code: RejectionCode,
    params: Record<string, string | number | undefined> = {},
    expected?: string,
  ): void {
    const problem: RowProblem = { column, value, code, reason: message(code, { value, ...params }) };
    if (expected !== undefined) problem.expected = expected;
    const list = this.byRow.get(i);
    if (list) list.push(problem);
    else this.byRow.set(i, [problem]);
  }

  has(i: number): boolean {
    return this.byRow.has(i);
  }

  get size(): number {
    return this.byRow.size;
  }

  /** Indices of rows without problems, ascending. */
  accepted(n: number): Int32Array {
    const keep = new Int32Array(n - this.byRow.size);
    let k = 0;
    for (let i = 0; i < n; i++) if (!this.byRow.has(i)) keep[k++] = i;
    return keep;
  }

  /** One rejection per rejected row, in row order, all its problems joined in `reason`. */
  rejections(rowNumbers: readonly number[]): Rejection[] {
    const rows = [...this.byRow.keys()].sort((a, b) => a - b);
    return rows.map((i) => {
      const problems = this.byRow.get(i)!;
      const first = problems[0]!;
      const rejection: Rejection = {
        row: rowNumbers[i]!,
        column: first.column,
        value: first.value,
        code: first.code,
        reason: problems.map((p) => `${p.column}: ${p.reason}`).join('; '),
        problems,
      };
      if (first.expected !== undefined) rejection.expected = first.expected;
      return rejection;
    });
  }
}
