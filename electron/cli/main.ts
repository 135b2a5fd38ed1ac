import { z } from 'zod';
import { usageError } from './args';
import { COMMANDS } from './commands/registry';

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    console.log('Ketenbord — opdrachten / commands:');
    for (const [, c] of Object.entries(COMMANDS)) console.log(`  ketenbord ${c.summary}`);
    return name ? 0 : 2;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) return usageError(`onbekende opdracht '${name}'`);
  // A one-shot command validates each file once: zod's compiled validators (new Function per
  // schema) cost more to build than they save. The long-running server keeps them.
  if (name !== 'serve') z.config({ jitless: true });
  return (await command.load())(rest);
}
