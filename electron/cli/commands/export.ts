import { usageError } from '../args';

/** `ketenbord export protocol …` and `ketenbord export report …`: each kind has its own module. */
export async function run(argv: string[]): Promise<number> {
  const [kind, ...rest] = argv;
  if (kind === 'protocol') return (await import('./export-protocol')).run(rest);
  if (kind === 'report') return (await import('./export-report')).run(rest);
  return usageError("gebruik: ketenbord export protocol|report … (zie 'ketenbord help')");
}
