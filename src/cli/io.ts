/** What a command needs from the outside world, passed in so tests can run commands in-process. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Where relative paths start. */
  cwd: string;
  /** Today, as YYYY-MM-DD: read once at the edge so every output below is reproducible. */
  today: string;
  /** The clock, for the time in a new reflection's file name; the system clock when not given. */
  now?: () => Date;
  /** The plugin's stylesheet, inlined into HTML exports. */
  stylesPath?: string;
  /**
   * Shows one line of progress in place ('' clears it). Given only when standard error is a
   * terminal: piped or redirected output never holds it.
   */
  progress?: (line: string) => void;
  /** Milliseconds, to tell when work has run long enough to show progress; the system's when not given. */
  clock?: () => number;
  /** Standard input, for commands that read `-`. */
  readStdin(): Promise<string>;
}

/**
 * Exit codes: 0 fine, 1 problems found in the notes, 2 the command could not run (wrong
 * options, a missing folder, a write that was blocked or refused), 3 something unexpected
 * went wrong.
 */
export const EXIT = { ok: 0, problems: 1, usage: 2, unexpected: 3 } as const;

/** The command could not run; the message says why in one plain line (exit code 2). */
export class UsageError extends Error {}

/** Where to report an unexpected error, in the words every such message uses. */
export const REPORT_IT = "Please report it on the project's issue tracker, with the command you ran";
