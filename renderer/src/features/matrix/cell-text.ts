/** "1, 3" ⇄ [1, 3]. Returns null for anything that is not a list of action numbers 1–10. */
export function parseCell(text: string): number[] | null {
  const parts = text
    .split(/[\s,;]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const numbers = parts.map(Number);
  if (numbers.some((n) => !Number.isInteger(n) || n < 1 || n > 10)) return null;
  return [...new Set(numbers)].sort((a, b) => a - b);
}

export const formatCell = (actions: readonly number[]): string => actions.join(', ');
