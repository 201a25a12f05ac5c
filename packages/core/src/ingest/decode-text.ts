import { MinatError } from '../errors/minat-error.ts';
import { ACCEPTED_FORMATS } from './accepted-formats.ts';
import type { OpenedInput } from './open-input.ts';

/** Text decoded from an input, chunk by chunk. */
export interface DecodedText {
  /** The text in order, without the byte-order mark. Read it once. */
  chunks: AsyncIterable<string>;
  /** Whether a UTF-8 byte-order mark was found (known once the first chunk was read). */
  readonly bom: boolean;
}

/**
 * Decodes an opened input as UTF-8, incrementally (a character split across two chunks is handled), and
 * removes a leading byte-order mark. Refuses binary content: NUL bytes (binary files, UTF-16 text) and
 * bytes that are not valid UTF-8 (e.g. a CSV saved by Excel as "CSV (Comma delimited)" in Windows-1252).
 *
 * @param input - From {@link openInput}; `text` inputs are passed through (BOM removed, NUL checked).
 * @returns The decoded chunks and, once read, whether there was a BOM.
 * @throws MinatError `format-unknown` (while iterating) naming the line and byte that is not UTF-8 text.
 * @example
 * ```ts
 * const decoded = decodeText(await openInput({ name: 'a.csv', bytes }));
 * for await (const text of decoded.chunks) tokenizer.push(text);
 * ```
 */
export function decodeText(input: OpenedInput): DecodedText {
  const state = { bom: false };
  const chunks = input.textChunks ? fromText(input.textChunks, input.name, state) : fromBytes(input, state);
  return {
    chunks,
    get bom() {
      return state.bom;
    },
  };
}

async function* fromText(source: AsyncIterable<string>, name: string, state: { bom: boolean }) {
  let first = true;
  let lines = 1;
  for await (let text of source) {
    if (first && text.charCodeAt(0) === 0xfeff) {
      state.bom = true;
      text = text.slice(1);
    }
    first = false;
    const nul = text.indexOf('\u0000');
    if (nul !== -1) throw notText(name, 'a NUL character', lines + countLines(text, nul));
    lines += countLines(text, text.length);
    yield text;
  }
}

async function* fromBytes(input: OpenedInput, state: { bom: boolean }) {
  const { name } = input;
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let first = true;
  let lines = 1;
  let offset = 0;
  let tail: Uint8Array = new Uint8Array(0);
  const headNul = input.head.indexOf(0);
  if (headNul !== -1) {
    throw notText(
      name,
      `a NUL byte (byte ${headNul + 1} of the file)`,
      1 + countLineBytes(input.head, headNul),
    );
  }
  for await (const bytes of input.chunks ?? []) {
    const nul = bytes.indexOf(0);
    if (nul !== -1) {
      throw notText(
        name,
        `a NUL byte (byte ${offset + nul + 1} of the file)`,
        lines + countLineBytes(bytes, nul),
      );
    }
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: true });
    } catch {
      const window = new Uint8Array(tail.length + bytes.length);
      window.set(tail);
      window.set(bytes, tail.length);
      const bad = Math.max(0, firstInvalidUtf8(window));
      const hex = (window[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0');
      const before = Math.max(0, bad - tail.length);
      throw notText(
        name,
        `byte 0x${hex} (byte ${offset - tail.length + bad + 1} of the file)`,
        lines + countLineBytes(bytes, before),
      );
    }
    tail = lastBytes(tail, bytes, 3);
    if (first && text.length > 0) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) {
        state.bom = true;
        text = text.slice(1);
      }
    }
    offset += bytes.length;
    lines += countLines(text, text.length);
    if (text.length > 0) yield text;
  }
  try {
    const rest = decoder.decode();
    if (rest.length > 0) yield rest;
  } catch {
    throw notText(name, 'an incomplete character at the end of the file', lines);
  }
}

function lastBytes(before: Uint8Array, bytes: Uint8Array, n: number): Uint8Array {
  if (bytes.length >= n) return bytes.slice(bytes.length - n);
  const joined = new Uint8Array(before.length + bytes.length);
  joined.set(before);
  joined.set(bytes, before.length);
  return joined.slice(Math.max(0, joined.length - n));
}

function notText(name: string, what: string, line: number): MinatError {
  return new MinatError(
    'format-unknown',
    `${name} is not UTF-8 text: ${what} on line ${line} cannot be read. It may be a binary file, or text in ` +
      'another encoding (UTF-16, Windows-1252). If it is a CSV from Excel, save it again as ' +
      `"CSV UTF-8 (Comma delimited)". ${ACCEPTED_FORMATS}`,
    { file: name, row: line },
  );
}

function countLines(text: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function countLineBytes(bytes: Uint8Array, end: number): number {
  let n = 0;
  for (let i = bytes.indexOf(10); i !== -1 && i < end; i = bytes.indexOf(10, i + 1)) n++;
  return n;
}

/** Index of the first byte that does not start or continue a valid UTF-8 sequence, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length && (bytes[i]! & 0xc0) === 0x80) i++;
  if (i > 3) return 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need =
      b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      if (i + k >= bytes.length) return -1;
      if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}
