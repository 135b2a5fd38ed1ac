import { registerCommand } from '../main';

// One line per feature command; each module exports `run(argv): Promise<number>`.
registerCommand(
  'verify-log',
  'verify-log --workspace DIR --incident ID   controleert de keten van het logboek',
  async () => {
    const mod = await import('./verify-log');
    return mod.run;
  },
);
