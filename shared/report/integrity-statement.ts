import { byLocale } from '../i18n/locale';
import { textsOf } from '../i18n/texts';
import { type Block, cell } from './blocks';
import type { BuildContext } from './context';
import { reportDateTime } from './format';
import type { IntegrityStatement } from './model';

/**
 * The integrity statement: what was checked, the outcome, what that proves and what it does not,
 * where the anchor begins, and the heads of earlier exports with whether they are still found.
 */
export function integrityStatement(ctx: BuildContext): { statement: IntegrityStatement; blocks: Block[] } {
  const X = textsOf(ctx.locale, 'integrity');
  const v = ctx.input.verification;
  const earlier = v.earlierExports ?? [];
  const checked = ctx.t('integrity:checked', { entries: v.count, head: v.headHash, count: earlier.length });
  const breaks = v.breaks ?? [];
  const reasons = breaks.map((b) => byLocale(ctx.locale, { nl: b.reason, en: b.reasonEn }));
  const anchor = v.anchor?.status ?? 'unanchored';
  const anchorNote =
    anchor === 'unanchored'
      ? X.noAnchor
      : anchor === 'anchored' && v.anchor?.since && v.anchor.since.count > 0
        ? ctx.t('integrity:anchorSince', {
            entries: v.anchor.since.count,
            at: reportDateTime(v.anchor.since.at),
          })
        : null;
  const outcome = v.ok ? X.outcomeOk : X.outcomeBroken;
  const text = [
    checked,
    outcome,
    ...reasons,
    ...(anchorNote ? [anchorNote] : []),
    X.proves,
    X.provesNot,
  ].join(' ');

  const blocks: Block[] = [
    { kind: 'paragraph', text: checked },
    { kind: 'paragraph', text: outcome, tone: v.ok ? 'good' : 'bad' },
    ...(reasons.length > 0 ? [{ kind: 'bullets' as const, items: reasons }] : []),
    ...(anchorNote ? [{ kind: 'paragraph' as const, text: anchorNote, tone: 'warn' as const }] : []),
    { kind: 'paragraph', text: X.proves },
    { kind: 'paragraph', text: X.provesNot },
    {
      kind: 'facts',
      rows: [
        [X.facts.entries, String(v.count)],
        [X.facts.head, v.headHash],
        [X.facts.outcome, v.ok ? X.facts.ok : X.facts.broken],
      ],
    },
    { kind: 'heading', level: 3, text: X.earlierTitle },
    { kind: 'paragraph', text: earlier.length > 0 ? X.earlierIntro : X.earlierNone, tone: 'muted' },
    ...(earlier.length > 0
      ? [
          {
            kind: 'table' as const,
            columns: [
              { header: X.columns.at, weight: 3 },
              { header: X.columns.document, weight: 4 },
              { header: X.columns.count, weight: 2 },
              { header: X.columns.head, weight: 9 },
              { header: X.columns.found, weight: 3 },
            ],
            rows: earlier.map((e) => [
              cell(reportDateTime(e.at)),
              cell(`${X.documents[e.document]} (${e.format.toUpperCase()})`),
              cell(String(e.count)),
              cell(e.headHash),
              e.holds ? cell(X.found.yes, 'good') : cell(X.found.no, 'bad', true),
            ]),
          },
        ]
      : []),
    { kind: 'paragraph', text: X.cliNote, italic: true, tone: 'muted' },
  ];
  return { statement: { ...v, text }, blocks };
}
