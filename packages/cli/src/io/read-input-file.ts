import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { MinatError, type RawTable, type ReadProgress, readTable } from '@minat/core';

/**
 * Reads a data file from disk into a raw table, streaming text formats and reporting progress.
 * @throws MinatError `file-unreadable` when the file does not exist or cannot be opened
 */
export async function readInputFile(
  path: string,
  options: { sheet?: string; onProgress?: (p: ReadProgress) => void } = {},
): Promise<RawTable> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new Error('is a directory');
    size = info.size;
  } catch (error) {
    throw new MinatError(
      'file-unreadable',
      `${path}: cannot open the file (${(error as Error).message}). Check the path.`,
      {
        file: path,
      },
    );
  }
  const readOptions: Parameters<typeof readTable>[1] = {};
  if (options.sheet) readOptions.sheet = options.sheet;
  if (options.onProgress) readOptions.onProgress = options.onProgress;
  if (/\.xlsx$/i.test(path))
    return readTable({ name: path, bytes: new Uint8Array(await readFile(path)) }, readOptions);
  const stream = Readable.toWeb(createReadStream(path)) as unknown as ReadableStream<Uint8Array>;
  return readTable({ name: path, stream, size }, readOptions);
}

/** Reads a small binary file (an XLSForm) whole. */
export async function readBinaryFile(path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    throw new MinatError(
      'file-unreadable',
      `${path}: cannot open the file (${(error as Error).message}). Check the path.`,
      {
        file: path,
      },
    );
  }
}
