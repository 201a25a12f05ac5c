import { parseArgs } from 'node:util';
import { CliUsageError } from './cli-usage-error.ts';

/** Flags shared by the commands that read a survey. */
export const surveyFlags = {
  schema: { type: 'string' },
  xlsform: { type: 'string' },
  sheet: { type: 'string' },
  format: { type: 'string' },
  destination: { type: 'string' },
  question: { type: 'string' },
  columns: { type: 'string' },
  weight: { type: 'string' },
  strata: { type: 'string' },
  psu: { type: 'string' },
  province: { type: 'string' },
  wave: { type: 'string' },
  id: { type: 'string' },
  out: { type: 'string' },
} as const;

/** Parses `args` with node's parseArgs, turning its errors into usage errors that name the flag. */
export function parseCommandArgs(
  args: string[],
  options: Record<string, { type: 'string' | 'boolean' }>,
): { values: Record<string, string | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    const out: Record<string, string | undefined> = {};
    for (const [k, v] of Object.entries(values))
      out[k] = v === true ? 'true' : typeof v === 'string' ? v : undefined;
    return { values: out, positionals };
  } catch (error) {
    throw new CliUsageError(error instanceof Error ? error.message : String(error));
  }
}

/** Checks `--format` against the allowed values. */
export function formatOption<T extends string>(
  value: string | boolean | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new CliUsageError(`invalid --format ${JSON.stringify(value)}: expected one of ${allowed.join(', ')}`);
}
