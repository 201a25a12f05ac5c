import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * The dashboard's build: everything bundled (no CDN, no request beyond the page's own origin), the
 * sample survey copied as an asset, heavy work in a module Web Worker, JSX through Preact.
 */
export default defineConfig({
  root: here('.'),
  base: './',
  resolve: {
    alias: {
      '@minat/core': here('../../packages/core/src/index.ts'),
      '@minat/charts': here('../../packages/charts/src/index.ts'),
      react: 'preact/compat',
      'react-dom': 'preact/compat',
    },
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  worker: { format: 'es' },
  server: { host: '127.0.0.1', port: 5173, fs: { allow: [here('../..')] } },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { outDir: 'dist', target: 'es2022', chunkSizeWarningLimit: 4000, sourcemap: false },
});
