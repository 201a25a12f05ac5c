/**
 * Bytes of the typed arrays reachable from `value` (objects and arrays walked, each buffer counted
 * once; buffers in `shared` — the survey's and designs' own columns — not counted). The memo of a
 * survey session uses it to bound what cached results hold: an estimate table of a million respondents
 * keeps per-respondent arrays (its ratio-estimator input, its group index) of ~20 MB.
 *
 * @example retainedBytes({ a: new Float64Array(10) }) // 80
 */
export function retainedBytes(value: unknown, shared: ReadonlySet<ArrayBufferLike> = new Set()): number {
  const seen = new Set<unknown>();
  const buffers = new Set<ArrayBufferLike>();
  const stack: unknown[] = [value];
  let bytes = 0;
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object' || seen.has(v)) continue;
    seen.add(v);
    if (ArrayBuffer.isView(v)) {
      if (!buffers.has(v.buffer) && !shared.has(v.buffer)) {
        buffers.add(v.buffer);
        bytes += v.buffer.byteLength;
      }
      continue;
    }
    if (Array.isArray(v)) {
      for (const item of v) if (item !== null && typeof item === 'object') stack.push(item);
      continue;
    }
    // Data properties only: a getter may compute (a replicate design's df does).
    for (const key of Object.keys(v)) {
      const item = Object.getOwnPropertyDescriptor(v, key)?.value;
      if (item !== null && typeof item === 'object') stack.push(item);
    }
  }
  return bytes;
}
