import { describe, expect, it } from 'vitest';
import { MinatError } from '../../src/errors/minat-error.ts';
import { decodeText } from '../../src/ingest/decode-text.ts';
import { openInput } from '../../src/ingest/open-input.ts';
import { streamOf } from './stream-of.ts';

async function decodeAll(bytes: Uint8Array, chunk = bytes.length || 1) {
  const decoded = decodeText(await openInput({ name: 'd.csv', stream: streamOf(bytes, chunk) }));
  let text = '';
  for await (const part of decoded.chunks) text += part;
  return { text, bom: decoded.bom };
}

describe('decodeText', () => {
  it('decodeText removes a UTF-8 BOM and reports it', async () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, 0x61, 0x3b, 0x62]);
    expect(await decodeAll(bytes)).toEqual({ text: 'a;b', bom: true });
    expect(await decodeAll(bytes, 1)).toEqual({ text: 'a;b', bom: true });
  });

  it('decodeText keeps multi-byte characters split across chunks whole', async () => {
    const bytes = new TextEncoder().encode('Provinsi,国\nJawa,日本🇯🇵\n');
    for (const size of [1, 2, 3, 5])
      expect((await decodeAll(bytes, size)).text).toBe('Provinsi,国\nJawa,日本🇯🇵\n');
  });

  it('decodeText keeps a BOM-less text unchanged with bom=false', async () => {
    expect(await decodeAll(new TextEncoder().encode('\u00e9t\u00e9'))).toEqual({ text: 'été', bom: false });
  });

  it('decodeText rejects Windows-1252 bytes with format-unknown naming the byte and the line', async () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('a,b\n1,2\nRen'), 0xe9, 0x2c, 0x33, 0x0a]);
    for (const size of [1, 4, 100]) {
      const error = await decodeAll(bytes, size).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MinatError);
      expect((error as MinatError).code).toBe('format-unknown');
      expect((error as MinatError).message).toContain('byte 0xE9 (byte 12 of the file) on line 3');
      expect((error as MinatError).row).toBe(3);
    }
  });

  it('decodeText rejects text input holding a NUL character', async () => {
    const decoded = decodeText(await openInput({ name: 't.csv', text: 'a,b\n1,\u0000\n' }));
    const error = await (async () => {
      for await (const _ of decoded.chunks);
    })().catch((e: unknown) => e);
    expect((error as MinatError).code).toBe('format-unknown');
    expect((error as MinatError).message).toContain('line 2');
  });

  it('decodeText removes a BOM character from text input', async () => {
    const decoded = decodeText(await openInput({ name: 't.csv', text: '\uFEFFa,b\n' }));
    let text = '';
    for await (const part of decoded.chunks) text += part;
    expect(text).toBe('a,b\n');
    expect(decoded.bom).toBe(true);
  });
});
