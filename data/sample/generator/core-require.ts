import { createRequire } from 'node:module';

/**
 * `require` resolving from `packages/core`, where the generator's libraries (csv-parse, write-excel-file)
 * are installed: the generator is a dev script outside every workspace package, so a bare import from
 * `data/sample/generator` would not find them.
 *
 * @param id - a package specifier, e.g. `'csv-parse/sync'`
 * @returns the CommonJS build of the module
 * @example
 * ```ts
 * const { parse } = coreRequire('csv-parse/sync') as { parse: (text: string) => string[][] };
 * ```
 */
export const coreRequire: (id: string) => unknown = createRequire(
  new URL('../../../packages/core/package.json', import.meta.url),
);
