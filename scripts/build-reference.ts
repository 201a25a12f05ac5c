/**
 * Converts the CSVs of data/reference/ into the typed JSON modules of packages/core/src/reference/generated/.
 * Run with `pnpm reference` (or `npx tsx scripts/build-reference.ts`) after editing a CSV, and commit the
 * result: @minat/core runs in browsers and cannot read CSVs at run time. A test
 * (packages/core/test/reference/generated-drift.test.ts) fails when the committed JSON and the CSVs differ.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { convertReference } from '../packages/core/src/reference/convert/convert-reference.ts';

const dataDir = new URL('../data/reference/', import.meta.url);
const outDir = new URL('../packages/core/src/reference/generated/', import.meta.url);

const outputs = convertReference((file) => readFileSync(new URL(file, dataDir), 'utf8'));
mkdirSync(outDir, { recursive: true });
for (const [file, text] of Object.entries(outputs)) {
  writeFileSync(new URL(file, outDir), text);
  process.stdout.write(`wrote packages/core/src/reference/generated/${file}\n`);
}
