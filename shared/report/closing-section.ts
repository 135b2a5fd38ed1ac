import { AUDIENCE_LABELS } from '../matrix/labels';
import { AUDIENCES, type Audience } from '../model/vocabulary';
import { partnersFromProtocol } from '../verdicts/partners';
import { whoKnowsWhat } from '../verdicts/who-knows';
import { type Block, cell } from './blocks';
import type { BuildContext } from './context';
import { reportDateTime } from './format';
import type { ActionRow, ReportSection } from './model';

/** Messages that close the incident off towards a partner: in aftercare, or reporting the fix, or action 10. */
const CLOSING_ACTIONS = new Set([8, 10]);

export interface ClosingData {
  action10: { audience: Audience; status: ActionRow['status'] | null; at?: string; outcome: string }[];
  partners: {
    id: string;
    name: string;
    audience: 'chainPartners' | 'outsourcingPartners';
    closedAt: string | null;
    excluded: boolean;
  }[];
}

/** Action 10 of an audience as the engine judged it: the last reached phase that asked for it. */
function action10Row(ctx: BuildContext, audience: Audience): ActionRow | null {
  const report = ctx.audiences.find((a) => a.audience === audience);
  const rows = (report?.phases ?? []).filter((p) => p.reached).flatMap((p) => p.rows);
  return rows.filter((r) => r.action === 10).at(-1) ?? null;
}

export function closingData(ctx: BuildContext): ClosingData {
  const outcomes = new Map(
    (ctx.input.evaluation?.action10Outcomes ?? []).map((o) => [o.audience, o.outcome]),
  );
  const action10 = AUDIENCES.map((audience) => {
    const row = action10Row(ctx, audience);
    return {
      audience,
      status: row?.status ?? null,
      ...(row?.at ? { at: row.at } : {}),
      outcome: outcomes.get(audience) ?? '',
    };
  });
  // the verdict engine's per-organisation view, the same as the board's "wie weet wat"
  const rows = whoKnowsWhat({
    incident: ctx.input.incident,
    entries: ctx.effective,
    partners: partnersFromProtocol(ctx.input.protocol),
    verdicts: ctx.verdicts,
  });
  const partners: ClosingData['partners'] = [];
  for (const r of rows) {
    if (r.kind !== 'organisation') continue;
    if (r.audience !== 'chainPartners' && r.audience !== 'outsourcingPartners') continue;
    const closing = r.told.filter(
      (t) =>
        t.kind === 'message' &&
        (t.phase === 'aftercare' || (t.action !== null && CLOSING_ACTIONS.has(t.action))),
    );
    partners.push({
      id: r.id,
      name: r.name,
      audience: r.audience,
      closedAt: closing.at(-1)?.at ?? null,
      excluded: r.excluded,
    });
  }
  return { action10, partners };
}

/** Closing per audience: the outcome of action 10, and which partners got a closing message and thanks. */
export function closingSection(ctx: BuildContext, data: ClosingData): ReportSection {
  const C = ctx.EL.closing;
  const { L, locale } = ctx;
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: C.title },
    { kind: 'paragraph', text: C.intro, italic: true, tone: 'muted' },
    { kind: 'heading', level: 2, text: C.action10Title },
    {
      kind: 'table',
      columns: [
        { header: C.audience, weight: 3.5 },
        { header: C.status, weight: 3.5 },
        { header: C.outcome, weight: 7 },
      ],
      rows: data.action10.map((a) => [
        cell(AUDIENCE_LABELS[a.audience].short[locale]),
        a.status === null
          ? cell(C.notAsked, 'muted')
          : cell(
              `${L.audiences[a.status]}${a.at ? ` (${reportDateTime(a.at)})` : ''}`,
              a.status === 'done'
                ? 'good'
                : a.status === 'doneLate' || a.status === 'partial'
                  ? 'warn'
                  : a.status === 'missed' || a.status === 'open'
                    ? 'bad'
                    : undefined,
            ),
        cell(a.outcome || C.noOutcome),
      ]),
    },
    { kind: 'heading', level: 2, text: C.partnersTitle },
    { kind: 'paragraph', text: C.partnersIntro, italic: true, tone: 'muted' },
  ];
  blocks.push(
    data.partners.length === 0
      ? { kind: 'paragraph', text: C.noPartners, tone: 'muted' }
      : {
          kind: 'table',
          columns: [
            { header: C.partner, weight: 6 },
            { header: C.group, weight: 3.5 },
            { header: C.received, weight: 4.5 },
          ],
          rows: data.partners.map((p) => [
            cell(p.name),
            cell(C.groups[p.audience]),
            p.closedAt
              ? cell(ctx.t('evaluation:closing.yes', { at: reportDateTime(p.closedAt) }), 'good')
              : p.excluded
                ? cell(C.excluded, 'muted')
                : cell(C.no, 'bad', true),
          ]),
        },
  );
  return { id: 'closing', title: C.title, data, blocks };
}
