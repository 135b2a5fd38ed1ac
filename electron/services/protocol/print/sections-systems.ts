import type { Dependency, NotifyWithin } from '../../../../shared/protocol/schema';
import { type Block, cell, strong } from './blocks';
import type { PrintContext } from './context';

function notifyText(n: NotifyWithin | null, ctx: PrintContext): string {
  if (n === null) return '—';
  return `${n.amount} ${ctx.l[n.unit]}`;
}

function targetName(d: Dependency, ctx: PrintContext): string {
  if (d.on.kind === 'system') {
    const id = d.on.systemId;
    return ctx.protocol.systems.find((s) => s.id === id)?.name ?? id;
  }
  const id = d.on.stakeholderId;
  return ctx.protocol.stakeholders.find((s) => s.id === id)?.organisation ?? id;
}

export function systemsSection(ctx: PrintContext): Block[] {
  const { l, protocol } = ctx;
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: l.sectionSystems }];
  if (protocol.systems.length === 0) return [...blocks, { kind: 'paragraph', text: l.none }];
  blocks.push({
    kind: 'table',
    columns: [
      { header: l.system, weight: 4 },
      { header: l.responsible, weight: 4 },
      { header: l.deputy, weight: 4 },
    ],
    rows: protocol.systems.map((s) => [
      strong(s.name, ...(s.description ? [s.description] : [])),
      ctx.personCell(s.responsibleId),
      ctx.personCell(s.deputyId),
    ]),
  });
  const dependencies = protocol.systems.flatMap((s) => s.dependencies.map((d) => ({ system: s.name, d })));
  if (dependencies.length > 0) {
    blocks.push(
      { kind: 'heading', level: 2, text: l.dependencies },
      {
        kind: 'table',
        columns: [
          { header: l.system, weight: 3 },
          { header: l.dependsOn, weight: 3 },
          { header: l.impact, weight: 5 },
          { header: l.notifyWithin, weight: 2 },
        ],
        rows: dependencies.map(({ system, d }) => [
          cell(system),
          cell(targetName(d, ctx)),
          cell(d.impact || '—'),
          cell(notifyText(d.notifyWithin, ctx)),
        ]),
      },
    );
  }
  return blocks;
}

export function bcpSection(ctx: PrintContext): Block[] {
  const { l, protocol } = ctx;
  const owner = ctx.person(protocol.bcp.ownerId);
  const ownerText = owner ? ctx.personCell(owner.id).text.replaceAll('\n', ' · ') : l.nobody;
  return [
    { kind: 'heading', level: 1, text: l.sectionBcp },
    {
      kind: 'facts',
      rows: [
        [l.bcpDocument, protocol.bcp.documentName || l.notFilled],
        [l.bcpLocation, protocol.bcp.location || l.notFilled],
        [l.bcpOwner, ownerText],
      ],
    },
  ];
}
