import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { serveBuiltDashboard } from '../../scripts/serve-built-dashboard.ts';

// One folder per run, so two runs at once (or a run beside a benchmark) never rebuild each other's files.
const outDir = fileURLToPath(new URL(`../../../../.tmp/dashboard-e2e-${process.pid}`, import.meta.url));

let server: Awaited<ReturnType<typeof serveBuiltDashboard>> | undefined;

declare module 'vitest' {
  export interface ProvidedContext {
    /** Address of the built dashboard served for the end-to-end tests. */
    dashboardUrl: string;
  }
}

/** Builds and serves the dashboard as users get it for the end-to-end tests; stops it afterwards. */
export async function setup(project: TestProject): Promise<void> {
  server = await serveBuiltDashboard(outDir);
  project.provide('dashboardUrl', server.url);
}

export async function teardown(): Promise<void> {
  await server?.close();
}
