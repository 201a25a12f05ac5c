/** Where a command writes: results to stdout, progress and diagnostics to stderr. Injected for tests. */
export interface ConsoleIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stderr is a terminal (progress then redraws one line). */
  isTTY: boolean;
}
