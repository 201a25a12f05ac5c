import { MinatError } from '../errors/minat-error.ts';
import type { TableInput } from './raw-table.ts';

/** An input ready to be read: its first bytes for format detection, then its content once. */
export interface OpenedInput {
  name: string;
  /** Size in bytes, when known (always for `bytes` and `text` inputs, and for streams shorter than 64 KiB). */
  size?: number;
  /** The first bytes (up to 64 KiB), for format detection. */
  head: Uint8Array;
  /** The whole content in order (the head included), for `bytes` and `stream` inputs. Read it once. */
  chunks?: AsyncIterable<Uint8Array>;
  /** The whole content in slices of at most 1 MiB characters, for `text` inputs. Read it once. */
  textChunks?: AsyncIterable<string>;
  /** Bytes handed out by `chunks` or `textChunks` so far (UTF-8 bytes for text). */
  bytesRead: number;
  /** Releases the input when it will not be read to the end (cancels a stream). */
  cancel(): Promise<void>;
}

const HEAD_BYTES = 64 * 1024;
const CHUNK = 1024 * 1024;

/**
 * Prepares any {@link TableInput} for reading: for a stream it reads ahead until it holds 64 KiB (or the
 * end), so that the format can be detected, and hands those bytes out again first; big byte arrays and
 * strings are handed out in 1 MiB slices so that progress can be reported and memory stays flat.
 *
 * @param input - The caller's input.
 * @returns The opened input; `bytesRead` grows while its content is consumed.
 * @throws MinatError `file-unreadable` when the stream fails.
 * @example
 * ```ts
 * const opened = await openInput({ name: 'a.csv', text: 'x,y\n1,2\n' });
 * opened.head.length; // 8
 * ```
 */
export async function openInput(input: TableInput): Promise<OpenedInput> {
  const { name } = input;
  if ('text' in input) {
    const text = input.text;
    const opened: OpenedInput = {
      name,
      size: utf8Length(text),
      head: new TextEncoder().encode(text.slice(0, HEAD_BYTES)),
      bytesRead: 0,
      cancel: async () => {},
    };
    opened.textChunks = (async function* () {
      let start = 0;
      while (start < text.length) {
        let end = Math.min(start + CHUNK, text.length);
        if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end++;
        const slice = text.slice(start, end);
        opened.bytesRead += utf8Length(slice);
        yield slice;
        start = end;
      }
    })();
    return opened;
  }
  if ('bytes' in input) {
    const bytes = input.bytes;
    const opened: OpenedInput = {
      name,
      size: bytes.length,
      head: bytes.subarray(0, HEAD_BYTES),
      bytesRead: 0,
      cancel: async () => {},
    };
    opened.chunks = (async function* () {
      for (let i = 0; i < bytes.length; i += CHUNK) {
        const slice = bytes.subarray(i, i + CHUNK);
        opened.bytesRead += slice.length;
        yield slice;
      }
    })();
    return opened;
  }
  const reader = input.stream.getReader();
  const ahead: Uint8Array[] = [];
  let aheadBytes = 0;
  let done = false;
  while (aheadBytes < HEAD_BYTES) {
    const next = await readChunk(reader, name);
    if (next === undefined) {
      done = true;
      break;
    }
    ahead.push(next);
    aheadBytes += next.length;
  }
  const opened: OpenedInput = {
    name,
    size: done ? aheadBytes : input.size,
    head: concat(ahead).subarray(0, HEAD_BYTES),
    bytesRead: 0,
    cancel: async () => {
      if (!done) await reader.cancel().catch(() => undefined);
    },
  };
  opened.chunks = (async function* () {
    try {
      for (const chunk of ahead) {
        opened.bytesRead += chunk.length;
        yield chunk;
      }
      ahead.length = 0;
      while (!done) {
        const next = await readChunk(reader, name);
        if (next === undefined) {
          done = true;
          break;
        }
        opened.bytesRead += next.length;
        yield next;
      }
    } finally {
      await opened.cancel();
    }
  })();
  return opened;
}

async function readChunk(reader: ReadableStreamDefaultReader<Uint8Array>, name: string) {
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return undefined;
      if (value.length > 0) return value;
    }
  } catch (cause) {
    throw new MinatError(
      'file-unreadable',
      `Could not read ${name}: ${cause instanceof Error ? cause.message : String(cause)}. Check that the file ` +
        'is still there and readable, and try again.',
      { file: name },
      { cause },
    );
  }
}

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else if (isHighSurrogate(c)) {
      bytes += 2;
      i++;
    } else bytes += 2;
  }
  return bytes;
}
