/** Why the chain is not whole, in a form the UI, the CLI and reports can all show. */
export type ChainBreakCode =
  | 'unreadable'
  | 'invalid'
  | 'seq'
  | 'hash'
  | 'incident'
  | 'correction'
  | 'tornTail'
  /** found against the anchor (anchor-check.ts builds these texts) */
  | 'cutTail'
  | 'tailReplaced'
  | 'anchorDamaged'
  /** an earlier export's recorded head is no longer in the journal */
  | 'witness';

export interface ChainBreak {
  /** the seq the broken line has or should have (its line number) */
  seq: number;
  /** 1-based line number in the file */
  line: number;
  code: ChainBreakCode;
  /** plain Dutch */
  reason: string;
  reasonEn: string;
}

export function chainBreak(
  code: Exclude<ChainBreakCode, 'cutTail' | 'tailReplaced' | 'anchorDamaged' | 'witness'>,
  line: number,
  detail: Record<string, string | number> = {},
): ChainBreak {
  const d = (k: string) => String(detail[k] ?? '');
  const texts: Record<Parameters<typeof chainBreak>[0], [string, string]> = {
    unreadable: [
      `Regel ${line} is geen leesbare logregel: beschadigd of half geschreven.`,
      `Line ${line} is not a readable log entry: damaged or half written.`,
    ],
    invalid: [
      `Regel ${line} heeft niet de vorm van een logregel (${d('problem')}).`,
      `Line ${line} does not have the shape of a log entry (${d('problem')}).`,
    ],
    seq: [
      `Regel ${line} draagt volgnummer ${d('found')}: er is een regel weggehaald, tussengevoegd of verplaatst.`,
      `Line ${line} carries sequence number ${d('found')}: an entry was removed, inserted or moved.`,
    ],
    hash: [
      `Regel ${line} is na het vastleggen gewijzigd: de hash die regel ${line + 1} ervan bewaart, klopt niet meer (of regel ${line + 1} is zelf aangepast).`,
      `Line ${line} was changed after it was recorded: the hash kept by line ${line + 1} no longer matches (or line ${line + 1} itself was altered).`,
    ],
    incident: [
      `Regel ${line} hoort bij incident "${d('found')}", niet bij "${d('expected')}".`,
      `Line ${line} belongs to incident "${d('found')}", not "${d('expected')}".`,
    ],
    correction: [
      `Regel ${line} corrigeert regel ${d('target')}, maar die gaat er niet aan vooraf.`,
      `Line ${line} corrects entry ${d('target')}, which does not precede it.`,
    ],
    tornTail: [
      `De laatste regel (${line}) is onvolledig, waarschijnlijk door een crash of stroomstoring. Ketenbord zet die apart zodra het incident wordt geopend; de regels ervoor zijn intact.`,
      `The last line (${line}) is incomplete, probably after a crash or power cut. Ketenbord sets it aside when the incident is opened; the lines before it are intact.`,
    ],
  };
  const [reason, reasonEn] = texts[code];
  return { seq: line, line, code, reason, reasonEn };
}

/** Line 1 must start the chain; a non-zero prevHash means lines before it were cut off. */
export function firstLineBreak(): ChainBreak {
  return {
    seq: 1,
    line: 1,
    code: 'hash',
    reason: 'Regel 1 verwijst naar een voorgaande regel: het begin van het logboek ontbreekt.',
    reasonEn: 'Line 1 refers to a preceding line: the start of the log is missing.',
  };
}
