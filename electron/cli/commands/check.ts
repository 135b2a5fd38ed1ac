import { usageError } from '../args';

/** Filled in by its feature. */
export async function run(_argv: string[]): Promise<number> {
  return usageError('nog niet beschikbaar / not available yet');
}
