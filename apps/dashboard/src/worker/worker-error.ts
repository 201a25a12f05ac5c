import { MinatError } from '@minat/core';
import type { WorkerError } from './protocol.ts';

/**
 * An error as the page receives it: a `MinatError` keeps its code and location (file, row, column,
 * value, expected); anything else becomes `internal` with its message.
 */
export function workerError(error: unknown): WorkerError {
  if (error instanceof MinatError) {
    const out: WorkerError = { code: error.code, message: error.message };
    if (error.file !== undefined) out.file = error.file;
    if (error.row !== undefined) out.row = error.row;
    if (error.column !== undefined) out.column = error.column;
    if (error.value !== undefined) out.value = error.value;
    if (error.expected !== undefined) out.expected = error.expected;
    return out;
  }
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}
