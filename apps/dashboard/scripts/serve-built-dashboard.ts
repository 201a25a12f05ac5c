import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Builds the dashboard as users get it (`vite build`, everything bundled) into `outDir` and serves it
 * with `vite preview` on a free port: the end-to-end tests' and the benchmark's server.
 * `minify: false` keeps profiles readable.
 */
export async function serveBuiltDashboard(
  outDir: string,
  options: { minify?: boolean } = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  rmSync(outDir, { recursive: true, force: true });
  await build({
    root,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, ...(options.minify === false ? { minify: false } : {}) },
  });
  const server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report its address');
  return {
    url,
    close: async () => {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
