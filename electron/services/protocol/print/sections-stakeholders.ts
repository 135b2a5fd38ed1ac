import {
  GROUP_LABELS,
  OUTSOURCING_KIND_LABELS,
  PUBLIC_CHANNEL_KIND_LABELS,
} from '../../../../shared/protocol/print-labels';
import { STAKEHOLDER_GROUPS, type Stakeholder } from '../../../../shared/protocol/schema';
import { type Block, type Cell, cell, strong } from './blocks';
import type { PrintContext } from './context';

function channelNames(s: Stakeholder, ctx: PrintContext): string[] {
  const ids = ctx.protocol.channels.grid[s.id] ?? [];
  // Grid order follows the channel list, not the order in which boxes were ticked.
  return ctx.protocol.channels.list.filter((c) => ids.includes(c.id)).map((c) => c.name);
}

/**
 * The organisation with what it is, whether it sits in the crisis team and how to reach it. The
 * channels live here rather than in a column of their own: a column wide enough for
 * "Partnerportaal" left the person columns too narrow for a long e-mail address.
 */
function organisationCell(s: Stakeholder, ctx: PrintContext): Cell {
  const lines = [s.organisation];
  if (s.outsourcingKind) lines.push(OUTSOURCING_KIND_LABELS[ctx.language][s.outsourcingKind]);
  if (s.inCrisisTeam) lines.push(`${ctx.l.inCrisisTeam}: ${ctx.l.yes}`);
  const channels = channelNames(s, ctx);
  // The label on its own line, so "E-mail" is never split at its hyphen after "Kanalen: Telefoon,".
  lines.push(`${ctx.l.channels}:`, channels.length > 0 ? channels.join(', ') : '—');
  return strong(...lines);
}

export function stakeholdersSection(ctx: PrintContext): Block[] {
  const { l, protocol, language } = ctx;
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: l.sectionStakeholders }];
  for (const group of STAKEHOLDER_GROUPS) {
    const members = protocol.stakeholders.filter((s) => s.group === group);
    blocks.push({ kind: 'heading', level: 2, text: GROUP_LABELS[language][group] });
    if (members.length === 0) {
      blocks.push({ kind: 'paragraph', text: l.none });
      continue;
    }
    blocks.push({
      kind: 'table',
      columns: [
        // Weights sum to 15 in both stakeholder tables, so the organisation column is the same 20%
        // in each: wide enough for "Persoonsgegevens" in bold. The person columns then fit a long
        // e-mail (bas.koster@hollandsehosting.example) on one line in Word and in the PDF.
        { header: l.organisation, weight: 3 },
        { header: l.responsible, weight: 6 },
        { header: l.deputy, weight: 6 },
      ],
      rows: members.map((s) => [
        organisationCell(s, ctx),
        ctx.personCell(s.responsibleId),
        ctx.personCell(s.deputyId),
      ]),
    });
    const withAgreements = members.filter((s) => s.agreements || s.timeliness || s.impactOfOutage);
    if (withAgreements.length > 0) {
      blocks.push({
        kind: 'table',
        columns: [
          { header: l.organisation, weight: 3 },
          { header: l.agreements, weight: 4.8 },
          { header: l.timeliness, weight: 3.6 },
          { header: l.impactOfOutage, weight: 3.6 },
        ],
        rows: withAgreements.map((s) => [
          strong(s.organisation),
          cell(s.agreements || '—'),
          cell(s.timeliness || '—'),
          cell(s.impactOfOutage || '—'),
        ]),
      });
    }
  }
  return blocks;
}

function channelWeight(name: string): number {
  const longestWord = Math.max(...name.split(/\s+/).map((w) => w.length));
  return Math.min(3.5, Math.max(1.6, longestWord * 0.22));
}

/** Bijlage I's grid: a row per stakeholder, a column per channel, a cross where it may be used. */
export function channelGridSection(ctx: PrintContext): Block[] {
  const { l, protocol, language } = ctx;
  const channels = protocol.channels.list;
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: l.sectionChannels },
    {
      kind: 'table',
      columns: [
        { header: l.stakeholder, weight: 5 },
        // Wide enough for the longest word of the channel name, so "Partnerportaal" does not split.
        ...channels.map((c) => ({ header: c.name, weight: channelWeight(c.name), align: 'center' as const })),
      ],
      rows: protocol.stakeholders.map((s) => {
        const ticked = protocol.channels.grid[s.id] ?? [];
        return [cell(s.organisation), ...channels.map((c) => cell(ticked.includes(c.id) ? 'x' : ''))];
      }),
    },
  ];
  if (protocol.channels.publicChannels.length > 0) {
    blocks.push(
      { kind: 'heading', level: 2, text: l.publicChannels },
      {
        kind: 'table',
        columns: [
          { header: l.channel, weight: 3 },
          { header: l.kind, weight: 2 },
          { header: l.address, weight: 4 },
          { header: l.audiences, weight: 3 },
        ],
        rows: protocol.channels.publicChannels.map((c) => [
          strong(c.name),
          cell(PUBLIC_CHANNEL_KIND_LABELS[language][c.kind]),
          cell(c.address || '—'),
          cell(c.audiences.map((a) => l[a]).join(', ') || '—'),
        ]),
      },
    );
  }
  return blocks;
}
