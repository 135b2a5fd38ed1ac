import { type ParseArgsConfig, parseArgs } from 'node:util';
import { err, out } from './output';

type Options = NonNullable<ParseArgsConfig['options']>;
type WithHelp<O extends Options> = O & { help: { type: 'boolean'; short: 'h' } };
type Parsed<O extends Options> = ReturnType<
  typeof parseArgs<{ args: string[]; options: WithHelp<O>; strict: true; allowPositionals: false }>
>;

/** The values of a command's flags, or the exit code when there is nothing more to do. */
export type CommandArgs<O extends Options> = { values: Parsed<O>['values'] } | { exit: number };

/**
 * The flag parsing every reading command shares: strict (an unknown flag or a stray word is an
 * error, never silently ignored by a script), `--help`/`-h` prints the usage and exits 0, and a
 * parse error is reported with the usage and exits 2. `onError` lets a command keep its own
 * wording of that report; the default prints the message and the usage.
 */
export function parseCommandArgs<const O extends Options>(
  argv: string[],
  options: O,
  usage: string,
  onError: (message: string) => number = (message) => {
    err(`${message}\n${usage}`);
    return 2;
  },
): CommandArgs<O> {
  let parsed: Parsed<O>;
  try {
    parsed = parseArgs({
      args: argv,
      options: { ...options, help: { type: 'boolean', short: 'h' } } as WithHelp<O>,
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    return { exit: onError(error instanceof Error ? error.message : String(error)) };
  }
  if ((parsed.values as { help?: boolean }).help) {
    out(usage);
    return { exit: 0 };
  }
  return { values: parsed.values };
}
