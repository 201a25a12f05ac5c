import { fileURLToPath } from 'node:url';
import { main } from '../src/main.ts';

/** Runs the CLI in-process and captures what it writes. */
export async function runCli(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    isTTY: false,
  });
  return { code, stdout, stderr };
}

/** Absolute path of a file in the repository, from the repository root. */
export const repo = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
