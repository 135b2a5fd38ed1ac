import { hash } from 'node:crypto';

/** prevHash of the first line: there is no previous line. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * SHA-256 (hex) of one journal line's exact bytes, without its newline. Hashing bytes rather than
 * a re-serialised object means the chain checks what is on disk, whatever JSON formatting wrote it.
 */
export function hashLine(bytes: Uint8Array): string {
  // One-shot crypto.hash (Node ≥ 20.12) is about twice as fast as createHash for short inputs,
  // which is most of the cost of opening a 100,000-line journal.
  return hash('sha256', bytes, 'hex');
}
