/**
 * @packageDocumentation
 * `@minat/cli`: the `minat` command line. Each command is one file in `commands/`; the CLI holds no
 * analysis logic of its own (everything comes from `@minat/core`).
 */

export type { ConsoleIO } from './io/console-io.ts';
export { main } from './main.ts';
