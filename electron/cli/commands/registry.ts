import { registerCommand } from '../main';

// One line per feature command; each module exports `run(argv): Promise<number>`.
registerCommand(
  'check',
  'check --workspace DIR                            gereedheid van het protocol; exit 1 bij hiaten',
  async () => (await import('./check')).run,
);
registerCommand(
  'export',
  'export protocol|report … --workspace DIR --out FILE   Word- of PDF-document maken',
  async () => (await import('./export')).run,
);
registerCommand(
  'verify-log',
  'verify-log --workspace DIR --incident ID         controleert de keten van het logboek',
  async () => (await import('./verify-log')).run,
);
registerCommand(
  'status',
  'status --workspace DIR --incident ID [--json]       de oordelen per fase en doelgroep, en wat wacht',
  async () => (await import('./status')).run,
);
