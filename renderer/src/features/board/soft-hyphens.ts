/**
 * Break points for the long Dutch compounds of the board ("Datalekprocedure", "Ketenpartners"),
 * so a narrow projector column breaks them as a reader expects (Datalek-/procedure) instead of
 * wherever the line ends. Browsers only hyphenate Dutch where a dictionary is installed, which
 * projector PCs often lack; a soft hyphen is shown only where the line really breaks.
 */
const PARTS = [
  'procedure',
  'bericht',
  'partners',
  'melding',
  'maatregelen',
  'houder',
  'verwerker',
  'besteding',
  'zichtbaar',
  'portaal',
  'publiciteit',
  // not a compound, but the one long verb of the actions: publi-ceren
  'ceren',
] as const;
const SHY = '\u00AD';

/** Puts a soft hyphen before a known compound part inside a word of 10 letters or more. */
export function softHyphens(text: string): string {
  return text.replace(/\p{L}{10,}/gu, (word) => {
    const lower = word.toLowerCase();
    for (const part of PARTS) {
      const at = lower.indexOf(part, 3);
      if (at > 0 && at < word.length - 3) return `${word.slice(0, at)}${SHY}${word.slice(at)}`;
    }
    return word;
  });
}
