import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, type PreviewServer, preview } from 'vite';
import type { TestProject } from 'vitest/node';

const root = fileURLToPath(new URL('../..', import.meta.url));
// One folder per run, so two runs at once (or a run beside a benchmark) never rebuild each other's files.
const outDir = fileURLToPath(new URL(`../../../../.tmp/dashboard-e2e-${process.pid}`, import.meta.url));

let server: PreviewServer | undefined;

declare module 'vitest' {
  export interface ProvidedContext {
    /** Address of the built dashboard served for the end-to-end tests. */
    dashboardUrl: string;
  }
}

/**
 * Builds the dashboard as users get it (`vite build`, everything bundled) and serves it with
 * `vite preview` on a free port for the end-to-end tests; stops the server afterwards.
 */
export async function setup(project: TestProject): Promise<void> {
  rmSync(outDir, { recursive: true, force: true });
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report its address');
  project.provide('dashboardUrl', url);
}

export async function teardown(): Promise<void> {
  await server?.close();
  rmSync(outDir, { recursive: true, force: true });
}
