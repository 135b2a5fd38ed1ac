import { IMAGE_WIDTH } from '../document/model';
import type { BuildContext } from './context';
import type { ReportSection, TimelineData } from './model';
import { phaseChanges } from './phase-periods';
import { renderTimelineSvg } from './timeline-svg';

/** The data behind the timeline picture: every mark with its time; the drawing happens in timeline-svg.ts. */
export function timelineData(ctx: BuildContext): TimelineData {
  const data: TimelineData = {
    start: ctx.periods[0]?.start ?? ctx.input.incident.detectedAt,
    end: ctx.periods.at(-1)?.end ?? ctx.input.incident.detectedAt,
    ongoing: ctx.periods.at(-1)?.ongoing ?? true,
    periods: ctx.periods,
    messages: [],
    received: [],
    phaseChanges: phaseChanges(ctx.effective),
    notifications: [],
  };
  for (const e of ctx.effective) {
    if (e.kind === 'messageSent') {
      data.messages.push({ at: e.occurredAt, audience: e.audience, action: e.action, seq: e.seq });
    } else if (e.kind === 'messageReceived') {
      data.received.push({ at: e.occurredAt, seq: e.seq });
    } else if (e.kind === 'regulatorNotification') {
      data.notifications.push({ at: e.occurredAt, regulator: e.regulator, seq: e.seq });
    }
  }
  return data;
}

export function timelineSection(ctx: BuildContext, data: TimelineData): ReportSection {
  const T = ctx.L.timeline;
  return {
    id: 'timeline',
    title: T.title,
    data,
    blocks: [
      { kind: 'heading', level: 1, text: T.title },
      { kind: 'paragraph', text: T.intro, italic: true, tone: 'muted' },
      {
        kind: 'image',
        svg: renderTimelineSvg(data, { width: IMAGE_WIDTH, language: ctx.locale }),
        caption: T.caption,
      },
    ],
  };
}
