import type { ReadProgress } from '../ingest/raw-table.ts';

/**
 * Reports the progress of `validateSurvey`. Validation checks the table column by column, so progress is
 * counted in row-columns: after `done` of `columns` column checks, `rows = floor(totalRows × done / columns)`
 * rows' worth of checking is done. A report is sent at the start (`rows: 0`), whenever `rows` has moved
 * by at least `every` since the last report, and at the end (`rows === totalRows`).
 */
export class ValidateProgress {
  private done = 0;
  private reported = 0;

  constructor(
    private readonly totalRows: number,
    private readonly columns: number,
    private readonly bytes: number,
    private readonly every: number,
    private readonly onProgress: ((progress: ReadProgress) => void) | undefined,
  ) {
    this.emit(0);
  }

  /** Records `count` more column checks. */
  step(count = 1): void {
    if (!this.onProgress || count <= 0) return;
    this.done = Math.min(this.columns, this.done + count);
    const rows = Math.floor((this.totalRows * this.done) / this.columns);
    if (rows - this.reported >= this.every && rows < this.totalRows) this.emit(rows);
  }

  /** Reports the end: every row checked. */
  finish(): void {
    this.emit(this.totalRows);
  }

  private emit(rows: number): void {
    this.reported = rows;
    this.onProgress?.({ stage: 'validate', bytes: this.bytes, rows, totalRows: this.totalRows });
  }
}
