#!/usr/bin/env node
// Entry point of the README's two commands (`npm start`, `npm test`) on a machine with only Node and npm:
// installs the workspace with the pinned pnpm (through npx) when needed, then runs the task.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`Minat needs Node.js 20.19 or newer; this is ${process.versions.node}.`);
  process.exit(2);
}
const pnpmSpec = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager;
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const run = (args) =>
  spawnSync(npx, ['--yes', pnpmSpec, ...args], { cwd: root, stdio: 'inherit', env: process.env }).status ?? 1;
const pnpm = (args) => {
  const status = run(args);
  if (status !== 0) process.exit(status);
};

/** Prints the plain closing line `tests: N passed, N failed` from vitest's JSON results. */
function summary() {
  const file = join(root, '.tmp', 'vitest-results.json');
  if (!existsSync(file)) return;
  const r = JSON.parse(readFileSync(file, 'utf8'));
  const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  console.log(
    `tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`,
  );
}

const installed = existsSync(join(root, 'node_modules', '.modules.yaml'));
if (!installed || process.env.CI) pnpm(['install', '--frozen-lockfile']);

const task = process.argv[2];
if (task === 'start') {
  console.log('Building the Minat dashboard and serving it on the bundled sample survey (Ctrl+C stops it)…');
  pnpm(['--filter', '@minat/dashboard', 'start']);
} else if (task === 'check') {
  rmSync(join(root, '.tmp', 'vitest-results.json'), { force: true });
  const status = run(['check']);
  summary();
  process.exit(status);
} else {
  console.error(`unknown task ${JSON.stringify(task)}: expected start or check`);
  process.exit(2);
}
