import { escalationConditions } from '../escalation/conditions';
import { fill } from '../log/describe';
import { type Block, cell } from './blocks';
import type { BuildContext } from './context';
import { reportDateTime } from './format';
import type { ReportSection } from './model';

/**
 * The protocol's escalation conditions met during the incident (issue 16): which, when, by whom.
 * Self-contained, with its own texts; conditions not met are counted, not listed. No section at all
 * when none was met: the report stays as it was for incidents that never escalated.
 */
const T = {
  title: { nl: 'Escalatievoorwaarden', en: 'Escalation conditions' },
  some: {
    nl: '{met} van de {count} escalatievoorwaarden uit het protocol zijn als voldaan vastgelegd.',
    en: '{met} of the {count} escalation conditions in the protocol were recorded as met.',
  },
  cols: {
    condition: { nl: 'Voorwaarde', en: 'Condition' },
    at: { nl: 'Voldaan om', en: 'Met at' },
    by: { nl: 'Vastgelegd door', en: 'Recorded by' },
  },
} as const;

export function escalationSection(ctx: BuildContext): (ReportSection & { id: 'escalation' }) | null {
  const L = ctx.locale;
  const { protocol } = ctx.input;
  const all = escalationConditions(protocol.escalationConditions, protocol.people, ctx.effective);
  const met = all.filter((c) => c.met !== null);
  if (met.length === 0) return null;
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: T.title[L] },
    { kind: 'paragraph', text: fill(T.some[L], { met: met.length, count: all.length }) },
  ];
  blocks.push({
    kind: 'table',
    columns: [
      { header: T.cols.condition[L], weight: 5 },
      { header: T.cols.at[L], weight: 2 },
      { header: T.cols.by[L], weight: 2 },
    ],
    rows: met.map((c) => [cell(c.text), cell(c.met ? reportDateTime(c.met.at) : ''), cell(c.met?.by ?? '')]),
  });
  return { id: 'escalation', title: T.title[L], blocks, data: { conditions: all } };
}
