/**
 * New ids for things the user adds. Random rather than counted, so two protocols merged or two
 * imports on the same day never collide; shaped to pass idSchema (lower case, 3–64 chars).
 */
export function newId(prefix: string): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  const suffix = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${prefix}-${suffix}`;
}
