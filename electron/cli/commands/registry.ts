/** A command's entry point: takes the arguments after its name, resolves to the exit code. */
export type Command = (argv: string[]) => Promise<number>;

export interface CommandEntry {
  /** the line `ketenbord help` prints */
  summary: string;
  load: () => Promise<Command>;
}

/**
 * Every command, in the order `ketenbord help` lists them; each module exports `run(argv)`.
 * Commands load lazily: `verify-log` must not pay for the PDF renderer's start-up. A table that
 * main.ts reads (rather than commands registering themselves with main) keeps the import one way.
 */
export const COMMANDS: Record<string, CommandEntry> = {
  serve: {
    summary:
      'serve [--workspace DIR] [--port N] [--config DIR] [--room [--bind ADDR]]   de app in de browser op 127.0.0.1; met --room ook de crisiskamer (HTTPS) op het lokale netwerk',
    load: async () => (await import('./serve')).run,
  },
  check: {
    summary:
      'check --workspace DIR                            gereedheid van het protocol; exit 1 bij hiaten',
    load: async () => (await import('./check')).run,
  },
  export: {
    summary: 'export protocol|report … --workspace DIR --out FILE   Word- of PDF-document maken',
    load: async () => (await import('./export')).run,
  },
  'verify-log': {
    summary: 'verify-log --workspace DIR --incident ID         controleert de keten van het logboek',
    load: async () => (await import('./verify-log')).run,
  },
  status: {
    summary:
      'status --workspace DIR --incident ID [--json]       de oordelen per fase en doelgroep, en wat wacht',
    load: async () => (await import('./status')).run,
  },
};
