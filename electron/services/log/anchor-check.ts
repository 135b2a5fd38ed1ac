import type { Anchor, AnchorFinding, AnchorReading } from './anchor';
import type { ChainBreak } from './chain-break';
import type { JournalScan } from './scan';

/** What the anchor says about a scanned journal. */
export interface AnchorCheck {
  /** new: no lines, no anchor; unanchored: lines from before anchors existed; damaged: anchor unreadable */
  status: 'new' | 'unanchored' | 'anchored' | 'damaged';
  anchor: Anchor | null;
  /** lines after the anchor's count: a crash between the line and its anchor leaves one */
  beyond: number;
  /** a mismatch found now */
  problem: { finding: Omit<AnchorFinding, 'at'>; break: ChainBreak } | null;
  /** mismatches found earlier, kept in the anchor, as breaks to show */
  recorded: ChainBreak[];
}

/**
 * Compares the journal with its anchor. The chain already checks each line against the one before
 * it; this adds the two things only the anchor knows: that the journal is at least as long as it
 * was, and that line `count` is still the line that was anchored.
 */
export function checkAnchor(scan: JournalScan, reading: AnchorReading): AnchorCheck {
  const count = scan.lineCount;
  if (reading.state === 'missing') {
    return {
      status: count === 0 ? 'new' : 'unanchored',
      anchor: null,
      beyond: 0,
      problem: null,
      recorded: [],
    };
  }
  if (reading.state === 'damaged') {
    const finding = {
      code: 'anchorDamaged' as const,
      expectedCount: 0,
      expectedHead: null,
      foundCount: count,
    };
    return {
      status: 'damaged',
      anchor: null,
      beyond: 0,
      problem: { finding, break: findingBreak(finding) },
      recorded: [],
    };
  }
  const { anchor } = reading;
  const recorded = anchor.findings.map((f) => findingBreak(f));
  if (reading.otherSlotDamaged && count === anchor.count) {
    // A crash while writing a slot leaves the journal one line ahead of the good slot; a damaged
    // slot while the journal is not ahead means the anchor file was changed, maybe to hide a cut.
    const finding = {
      code: 'anchorDamaged' as const,
      expectedCount: anchor.count,
      expectedHead: anchor.headHash,
      foundCount: count,
    };
    return {
      status: 'anchored',
      anchor,
      recorded,
      beyond: 0,
      problem: { finding, break: findingBreak(finding) },
    };
  }
  const base = { status: 'anchored' as const, anchor, recorded };
  if (count < anchor.count) {
    const finding = {
      code: 'cutTail' as const,
      expectedCount: anchor.count,
      expectedHead: anchor.headHash,
      foundCount: count,
    };
    return { ...base, beyond: 0, problem: { finding, break: findingBreak(finding) } };
  }
  const found = anchor.count === 0 ? anchor.headHash : scan.hashesAt.get(anchor.count);
  if (found !== anchor.headHash) {
    const finding = {
      code: 'tailReplaced' as const,
      expectedCount: anchor.count,
      expectedHead: anchor.headHash,
      foundCount: count,
    };
    return { ...base, beyond: 0, problem: { finding, break: findingBreak(finding) } };
  }
  return { ...base, beyond: count - anchor.count, problem: null };
}

/** The break to show for an anchor finding; `at` (when it was found earlier) is named in the text. */
export function findingBreak(f: Omit<AnchorFinding, 'at'> & { at?: string }): ChainBreak {
  const when = f.at ? ` (vastgesteld ${f.at.slice(0, 16).replace('T', ' ')} UTC)` : '';
  const whenEn = f.at ? ` (found ${f.at.slice(0, 16).replace('T', ' ')} UTC)` : '';
  switch (f.code) {
    case 'cutTail': {
      const missing = f.expectedCount - f.foundCount;
      const line = Math.max(f.foundCount, 1);
      return {
        code: 'cutTail',
        line,
        seq: line,
        reason: `Het einde van het logboek ontbreekt: het anker legde ${f.expectedCount} regels vast, het bestand had er ${f.foundCount}. Na regel ${f.foundCount} ${missing === 1 ? 'is 1 regel' : `zijn ${missing} regels`} weggehaald${when}.`,
        reasonEn: `The end of the log is missing: the anchor recorded ${f.expectedCount} lines, the file held ${f.foundCount}. After line ${f.foundCount}, ${missing === 1 ? '1 line was' : `${missing} lines were`} removed${whenEn}.`,
      };
    }
    case 'tailReplaced':
      return {
        code: 'tailReplaced',
        line: f.expectedCount,
        seq: f.expectedCount,
        reason: `Het einde van het logboek is herschreven: regel ${f.expectedCount} is niet meer de regel die het anker vastlegde (die regel of regels ervoor zijn vervangen)${when}.`,
        reasonEn: `The end of the log was rewritten: line ${f.expectedCount} is no longer the line the anchor recorded (it or lines before it were replaced)${whenEn}.`,
      };
    case 'anchorDamaged': {
      const line = Math.max(f.foundCount, 1);
      return {
        code: 'anchorDamaged',
        line,
        seq: line,
        reason: `Het anker van het logboek (het bestand dat lengte en laatste regel vastlegt) is onleesbaar: of het einde van het logboek is ingekort of vervangen, kan niet meer worden vastgesteld${when}.`,
        reasonEn: `The log's anchor (the file recording its length and last line) is unreadable: whether the end of the log was cut or replaced can no longer be established${whenEn}.`,
      };
    }
  }
}

/** An earlier export recorded `count` lines ending in `headHash`; the journal no longer agrees. */
export function witnessBreak(w: { count: number; headHash: string }, journalCount: number): ChainBreak {
  const line = Math.max(Math.min(w.count, journalCount), 1);
  const short = w.headHash.slice(0, 12);
  return {
    code: 'witness',
    line,
    seq: line,
    reason: `Een eerdere export legde ${w.count} regels vast met kop-hash ${short}…; regel ${w.count} van het logboek heeft ${w.count > journalCount ? 'nu geen tegenhanger (het logboek is korter)' : 'nu een andere hash'}.`,
    reasonEn: `An earlier export recorded ${w.count} lines with head hash ${short}…; line ${w.count} of the log ${w.count > journalCount ? 'no longer exists (the log is shorter)' : 'now has a different hash'}.`,
  };
}
