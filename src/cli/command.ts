// What a `kg` subcommand looks like. Each lives in src/cli/commands/<name>.ts and is
// loaded only when called, so `kg extract` never loads the Neo4j driver.

export interface Io {
  /** Write to stdout (the command's result: JSON or the readable report). */
  out(text: string): void;
  /** Write one diagnostic line to stderr. */
  err(line: string): void;
}

export interface Command {
  usage: string;
  /** Returns the exit code: 0 ok, 1 some input failed, 2 usage error. */
  run(args: string[], io: Io): Promise<number>;
}

/** Bad command line: the dispatcher prints the message and the usage, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
