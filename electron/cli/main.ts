import { z } from 'zod';
import { usageError } from './args';

type Command = (argv: string[]) => Promise<number>;

/** Commands load lazily: `verify-log` must not pay for the PDF renderer's start-up. */
const commands: Record<string, { summary: string; load: () => Promise<Command> }> = {
  serve: {
    summary:
      'serve [--workspace DIR] [--port N] [--config DIR] [--room [--bind ADDR]]   de app in de browser op 127.0.0.1; met --room ook de crisiskamer (HTTPS) op het lokale netwerk',
    load: async () => (await import('./commands/serve')).run,
  },
};

/** Later features add their commands (check, export, verify-log) here. */
export function registerCommand(name: string, summary: string, load: () => Promise<Command>): void {
  commands[name] = { summary, load };
}

export async function main(argv: string[]): Promise<number> {
  await import('./commands/registry');
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    console.log('Ketenbord — opdrachten / commands:');
    for (const [, c] of Object.entries(commands)) console.log(`  ketenbord ${c.summary}`);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) return usageError(`onbekende opdracht '${name}'`);
  // A one-shot command validates each file once: zod's compiled validators (new Function per
  // schema) cost more to build than they save. The long-running server keeps them.
  if (name !== 'serve') z.config({ jitless: true });
  return (await command.load())(rest);
}
