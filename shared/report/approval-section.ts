import type { BuildContext } from './context';
import { reportDate } from './format';
import type { ReportSection } from './model';

/**
 * "Vastgesteld door … op …": who adopted the report and when. Left as lines to fill in by hand
 * when the evaluation does not say, so the printed report can be signed.
 */
export function approvalSection(ctx: BuildContext): ReportSection {
  const A = ctx.EL.approval;
  const approval = ctx.input.evaluation?.approval;
  const or = (text: string | undefined) => (text ? text : A.blank);
  return {
    id: 'approval',
    title: A.title,
    blocks: [
      { kind: 'heading', level: 1, text: A.title },
      { kind: 'paragraph', text: A.intro },
      {
        kind: 'facts',
        rows: [
          [A.by, or(approval?.by)],
          [A.role, or(approval?.role)],
          [A.on, approval?.on ? reportDate(approval.on) : A.blank],
          [A.signature, A.blank],
        ],
      },
    ],
  };
}
