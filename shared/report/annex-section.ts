import { type Block, cell } from './blocks';
import type { BuildContext } from './context';
import { reportDateTime } from './format';
import type { ReportSection } from './model';

/** Appendix A: who took part and who observed. */
export function participantsAnnex(ctx: BuildContext): ReportSection {
  const A = ctx.EL.annex;
  const x = ctx.input.evaluation?.exercise;
  const rows = [
    ...(x?.participants ?? []).map((p) => [cell(p.name), cell(p.role || '–'), cell('')]),
    ...(x?.observers ?? []).map((o) => [cell(o.name), cell(A.observer), cell(o.organisation || '–')]),
  ];
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: A.participantsTitle },
    rows.length === 0
      ? { kind: 'paragraph', text: A.none, tone: 'muted' }
      : {
          kind: 'table',
          columns: [
            { header: A.name, weight: 4 },
            { header: A.role, weight: 4 },
            { header: A.organisation, weight: 4 },
          ],
          rows,
        },
  ];
  return { id: 'annex', title: A.participantsTitle, blocks };
}

/** Appendix B: the observers' notes logged during the exercise or incident, after corrections. */
export function notesAnnex(ctx: BuildContext): ReportSection {
  const A = ctx.EL.annex;
  const notes = ctx.effective.filter((e) => e.kind === 'observation' && e.evaluatorNote);
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: A.notesTitle },
    notes.length === 0
      ? { kind: 'paragraph', text: A.none, tone: 'muted' }
      : {
          kind: 'bullets',
          items: notes.map(
            (n) => `${reportDateTime(n.occurredAt)} — ${n.author}: ${'summary' in n ? n.summary : ''}`,
          ),
        },
  ];
  return { id: 'annex', title: A.notesTitle, blocks };
}
