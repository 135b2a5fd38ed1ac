import { END_RESPONSIBILITIES } from '../../../../shared/protocol/crisis-organisation';
import {
  describeUsage,
  END_RESPONSIBILITY_LABELS,
  GROUP_LABELS,
  OUTSOURCING_KIND_LABELS,
} from '../../../../shared/protocol/print-labels';
import { personUsages } from '../../../../shared/protocol/usages';
import { type Block, cell, strong } from './blocks';
import type { PrintContext } from './context';
import { personLines } from './format';

/** The first pages of the binder: who is in the crisis team and how to reach them. */
export function crisisTeamSection(ctx: PrintContext): Block[] {
  const { l, protocol } = ctx;
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: l.sectionCrisisTeam },
    { kind: 'paragraph', text: l.crisisTeamIntro, tone: 'muted', italic: true },
    {
      kind: 'table',
      columns: [
        { header: l.role, weight: 2 },
        { header: l.responsible, weight: 4 },
        { header: l.deputy, weight: 4 },
      ],
      rows: protocol.crisisOrganisation.roles.map((r) => [
        strong(r.name),
        ctx.personCell(r.responsibleId),
        ctx.personCell(r.deputyId),
      ]),
    },
  ];
  const partners = protocol.stakeholders.filter((s) => s.inCrisisTeam);
  if (partners.length > 0) {
    blocks.push(
      { kind: 'heading', level: 2, text: l.partnersInTeam },
      {
        kind: 'table',
        columns: [
          { header: l.organisation, weight: 2 },
          { header: l.responsible, weight: 4 },
          { header: l.deputy, weight: 4 },
        ],
        rows: partners.map((s) => [
          strong(
            s.organisation,
            s.outsourcingKind
              ? OUTSOURCING_KIND_LABELS[ctx.language][s.outsourcingKind]
              : GROUP_LABELS[ctx.language][s.group],
          ),
          ctx.personCell(s.responsibleId),
          ctx.personCell(s.deputyId),
        ]),
      },
    );
  }
  return blocks;
}

export function endResponsiblesSection(ctx: PrintContext): Block[] {
  const { l } = ctx;
  const ends = ctx.protocol.crisisOrganisation.endResponsibles;
  return [
    { kind: 'heading', level: 1, text: l.sectionEndResponsibles },
    {
      kind: 'table',
      columns: [
        { header: l.responsibility, weight: 3 },
        { header: l.person, weight: 5 },
      ],
      rows: END_RESPONSIBILITIES.map((key) => [
        cell(END_RESPONSIBILITY_LABELS[ctx.language][key]),
        ctx.personCell(ends[key]),
      ]),
    },
  ];
}

/** Everyone named anywhere, alphabetically, with what they are on the list for. */
export function allContactsSection(ctx: PrintContext): Block[] {
  const { l, protocol, language } = ctx;
  const usages = personUsages(protocol);
  const people = [...protocol.people].sort((a, b) => a.name.localeCompare(b.name, language));
  return [
    { kind: 'heading', level: 1, text: l.sectionCallList },
    { kind: 'paragraph', text: l.callListIntro, tone: 'muted', italic: true },
    {
      kind: 'table',
      columns: [
        { header: l.name, weight: 4 },
        { header: l.tasks, weight: 5 },
      ],
      rows: people.map((p) => {
        const tasks = usages.filter((u) => u.personId === p.id).map((u) => describeUsage(u, language));
        return [
          strong(...personLines(p, language, protocol.organisation.name)),
          cell(...(tasks.length ? tasks : ['—'])),
        ];
      }),
    },
  ];
}
