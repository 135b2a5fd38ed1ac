import { MEDIA_GUIDANCE, MEDIA_GUIDANCE_SOURCE } from '../../../../shared/guidance/media-guidance';
import { translate } from '../../../../shared/i18n/translator';
import { ACTIONS, actionDefinition } from '../../../../shared/matrix/actions';
import { CIP_2020_MATRIX } from '../../../../shared/matrix/cip-2020';
import { AUDIENCE_LABELS, NATURE_LABELS, PHASE_LABELS } from '../../../../shared/matrix/labels';
import { AUDIENCES, NATURES, PHASES } from '../../../../shared/model/vocabulary';
import { WORK_CARD_LABELS } from '../../../../shared/protocol/print-labels';
import { type Block, cell, strong } from './blocks';
import type { PrintContext } from './context';

/**
 * The work card for the crisis binder, printed on A4 landscape: for each nature of incident the
 * organisation's matrix (phases down, audiences across, in each cell the actions by number and
 * name), then the ten actions and the media tips, in the app's own words (shared/matrix/actions.ts,
 * shared/guidance/media-guidance.ts). It is what the room reads when the laptop is the incident.
 */
export function workCardSection(ctx: PrintContext): Block[] {
  const { protocol, language } = ctx;
  const w = WORK_CARD_LABELS[language];
  const own = protocol.operations.matrix;
  const cells = own ?? CIP_2020_MATRIX.cells;
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: w.title },
    { kind: 'paragraph', text: `${w.intro} ${own ? w.ownMatrix : w.cipMatrix}`, tone: 'muted', italic: true },
  ];
  for (const nature of NATURES) {
    blocks.push({
      kind: 'heading',
      level: 2,
      text: translate(language, 'print:workCard.matrixFor', {
        nature: NATURE_LABELS[nature].short[language],
      }),
    });
    blocks.push({
      kind: 'table',
      columns: [
        { header: w.phase, weight: 3.2 },
        ...AUDIENCES.map((a) => ({ header: AUDIENCE_LABELS[a].short[language], weight: 3 })),
      ],
      rows: PHASES.map((phase) => [
        strong(PHASE_LABELS[phase].short[language]),
        ...AUDIENCES.map((audience) => {
          const actions = [...new Set(cells[audience][phase][nature])].sort((a, b) => a - b);
          return actions.length === 0
            ? cell(w.none)
            : cell(...actions.map((n) => `${n}. ${actionDefinition(n)?.label[language] ?? ''}`));
        }),
      ]),
    });
  }
  blocks.push({ kind: 'heading', level: 2, text: w.actionsTitle });
  blocks.push({
    kind: 'table',
    columns: [
      { header: w.number, weight: 0.8, align: 'center' },
      { header: w.action, weight: 3.2 },
      { header: w.meaning, weight: 9 },
      { header: w.condition, weight: 4 },
    ],
    rows: ACTIONS.map((a) => [
      cell(String(a.number)),
      strong(a.label[language]),
      cell(a.description[language]),
      cell(a.condition?.[language] ?? ''),
    ]),
  });
  blocks.push({ kind: 'heading', level: 2, text: w.mediaTitle });
  blocks.push({
    kind: 'table',
    columns: [
      { header: w.tip, weight: 4 },
      { header: w.explanation, weight: 12 },
    ],
    rows: MEDIA_GUIDANCE.map((t) => [strong(t.title[language]), cell(t.explanation[language])]),
  });
  blocks.push({ kind: 'paragraph', text: MEDIA_GUIDANCE_SOURCE[language], tone: 'muted', italic: true });
  return blocks;
}
