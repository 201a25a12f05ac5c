/** A command line that cannot be run as written (unknown command or flag, missing argument). */
export class CliUsageError extends Error {
  override readonly name = 'CliUsageError';
}
