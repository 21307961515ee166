/** What a command needs from the outside world, passed in so tests can run commands in-process. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Where relative paths start. */
  cwd: string;
  /** The bundled demo vault, used when no vault is named. */
  defaultVault: string;
  /** Today, as YYYY-MM-DD: read once at the edge so every output below is reproducible. */
  today: string;
  /** The clock, for the time in a new reflection's file name; the system clock when not given. */
  now?: () => Date;
  /** The plugin's stylesheet, inlined into HTML exports. */
  stylesPath?: string;
  /** Standard input, for commands that read `-`. */
  readStdin(): Promise<string>;
}

/** Exit codes: 0 fine, 1 problems found, 2 the command could not run. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

export class UsageError extends Error {}
