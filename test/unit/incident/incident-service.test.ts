import { describe, expect, it } from 'vitest';
import { incidentJournal } from '../../../electron/services/workspace/journals';
import { deriveBoard } from '../../../shared/board/derive';
import { changesOf } from '../../../shared/log/entry-schema';
import { summaryOf } from '../../../shared/log/summary';
import { VISIBLE_INTERNAL_AND_CHAIN, withBackend } from './workspace';

const AUTHOR = 'Anouk Meijer';

describe('incidents on a real workspace', () => {
  it('creates an incident, makes it active and logs its starting state', async () => {
    await withBackend({ sample: true }, async ({ call, ctx }) => {
      const created = await call('incident.create', {
        title: 'Storing portaal',
        detectedAt: new Date(Date.now() - 3_600_000).toISOString(),
        natures: ['unavailability', 'targetedThreat'],
        visibility: VISIBLE_INTERNAL_AND_CHAIN,
        phase: 'problemUnclear',
        isExercise: true,
        author: AUTHOR,
      });
      expect(created.natures).toEqual(['targetedThreat', 'unavailability']);
      const list = await call('incident.list', {});
      expect(list.activeIncidentId).toBe(created.id);
      expect(list.incidents.map((i) => i.id)).toEqual([created.id]);

      // one entry holds the whole starting state, the phase included
      const entries = (await incidentJournal(ctx.requireWorkspace(), created.id)).entries();
      expect(entries).toHaveLength(1);
      const first = entries[0]!;
      expect(first.kind === 'incidentChange' ? changesOf(first).map((c) => c.field) : []).toEqual([
        'created',
        'natures',
        'visibility',
        'visibility',
      ]);
      expect(first.kind === 'incidentChange' && changesOf(first)[0]).toMatchObject({
        field: 'created',
        phase: 'problemUnclear',
      });
      expect(entries.every((e) => e.author === AUTHOR)).toBe(true);
    });
  });

  it('logs a change of phase, natures and visibility as one entry with every change, and nothing for a no-op', async () => {
    await withBackend({ sample: true }, async ({ call, ctx }) => {
      const { id } = await call('incident.create', {
        title: 'Aanval',
        detectedAt: new Date().toISOString(),
        natures: ['targetedThreat'],
        visibility: VISIBLE_INTERNAL_AND_CHAIN,
        phase: 'problemUnclear',
        isExercise: false,
        author: AUTHOR,
      });
      const journal = await incidentJournal(ctx.requireWorkspace(), id);
      const before = journal.count();
      const next = await call('incident.update', {
        id,
        author: AUTHOR,
        phase: 'problemClear',
        natures: ['targetedThreat', 'dataBreach'],
        visibility: { public: 'likely', internal: 'certain' },
      });
      expect(next.phase).toBe('problemClear');
      expect(next.visibility.public).toBe('likely');
      const added = journal.entries().slice(before);
      expect(added).toHaveLength(1);
      expect(
        added.flatMap((e) => (e.kind === 'incidentChange' ? changesOf(e).map((c) => c.field) : [])),
      ).toEqual(['natures', 'visibility', 'phase']);
      // the entry carries the phase the incident is now in
      expect(added[0]!.phase).toBe('problemClear');
      await call('incident.update', { id, author: AUTHOR, phase: 'problemClear' });
      expect(journal.count()).toBe(before + 1);
    });
  });

  it('turns logged actions into done, not applicable, and stops the AP clock', async () => {
    await withBackend({ sample: true }, async ({ call, fail }) => {
      const { id } = await call('incident.create', {
        title: 'Datalek',
        detectedAt: new Date(Date.now() - 60_000).toISOString(),
        natures: ['dataBreach', 'unavailability'],
        visibility: VISIBLE_INTERNAL_AND_CHAIN,
        phase: 'solutionClear',
        isExercise: false,
        author: AUTHOR,
      });
      let state = await call('board.state', { operator: true });
      const view = () => deriveBoard(state, new Date(), 'nl')!;
      const internalNow = () =>
        view().verdicts.audiences[0]!.phases.find((p) => p.timing === 'current')!.verdicts;
      const first = internalNow()[0]!;
      expect(first.status).toBe('open');
      expect(view().clocks.map((c) => [c.id, c.state])).toContainEqual(['apDataBreach72h', 'running']);

      await call('board.logAction', {
        incidentId: id,
        author: AUTHOR,
        audience: 'internal',
        action: first.action,
        recipients: [{ name: 'Marieke Jansen', protocolRef: 'role-team-lead' }],
        channel: 'Telefoon',
        sentBy: AUTHOR,
        summary: 'Crisisteam ingelicht',
      });
      const second = internalNow()[1]!;
      expect(internalNow().map((v) => v.action)).toEqual([2, 5, 6]);
      expect(
        await fail('board.markNotApplicable', {
          incidentId: id,
          author: AUTHOR,
          audience: 'internal',
          action: second.action,
          phase: 'solutionClear',
          reason: '',
        }),
      ).toBe('api.invalidInput');
      await call('board.markNotApplicable', {
        incidentId: id,
        author: AUTHOR,
        audience: 'internal',
        action: second.action,
        phase: 'solutionClear',
        reason: 'Procedure loopt al',
      });
      await call('board.logRegulator', {
        incidentId: id,
        author: AUTHOR,
        regulator: 'AP',
        notificationType: 'notification',
        summary: 'Gemeld via het meldloket',
      });
      state = await call('board.state', { operator: true });
      expect(internalNow()[0]!.status).toBe('done');
      {
        expect(internalNow()[1]!.status).toBe('notApplicable');
        // the decision is stored as what happened, and written out in the reader's language
        const decision = state.recent.find((e) => e.kind === 'decision')!;
        expect(decision.kind === 'decision' && decision.summary).toBe('');
        expect(summaryOf(decision, 'nl')).toMatch(
          /^Actie \d+ \(.+\) niet van toepassing voor Intern in fase Oplossing duidelijk — reden: Procedure loopt al$/,
        );
        expect(summaryOf(decision, 'en')).toContain('not applicable to Internal in phase Solution clear');
      }
      expect(view().clocks.find((c) => c.id === 'apDataBreach72h')?.state).toBe('stopped');
      // the AP notification is the notification part of action 6
      expect(internalNow()[2]).toMatchObject({ action: 6, status: 'done', via: 'regulatorNotification' });
      expect(state.recent[0]?.kind).toBe('regulatorNotification');
    });
  });

  it('keeps private numbers off the projector and lists contacts per audience', async () => {
    await withBackend({ sample: true }, async ({ call }) => {
      await call('incident.create', {
        title: 'x',
        detectedAt: new Date().toISOString(),
        natures: ['unavailability'],
        visibility: VISIBLE_INTERNAL_AND_CHAIN,
        phase: 'problemUnclear',
        isExercise: false,
        author: AUTHOR,
      });
      const projector = await call('board.state', {});
      expect(JSON.stringify(projector)).not.toContain('privatePhone');
      expect(projector.recent).toEqual([]);
      expect(projector.contacts.chainPartners.map((c) => c.name)).toContain(
        'Vereniging van Gemeentelijke Uitvoerders (VGU)',
      );
      expect(projector.contacts.customers.every((c) => c.kind === 'publicChannel')).toBe(true);
      const operator = await call('board.state', { operator: true });
      expect(JSON.stringify(operator)).toContain('privatePhone');
    });
  });

  it('closes an incident: it stays readable, takes no more entries, and leaves the board', async () => {
    await withBackend({ sample: false }, async ({ call, fail }) => {
      const { id } = await call('incident.create', {
        title: 'Oefening',
        detectedAt: new Date().toISOString(),
        natures: ['generalThreat'],
        visibility: VISIBLE_INTERNAL_AND_CHAIN,
        phase: 'problemUnclear',
        isExercise: true,
        author: AUTHOR,
      });
      const closed = await call('incident.setStatus', { id, author: AUTHOR, status: 'closed' });
      expect(closed.closedAt).not.toBeNull();
      expect((await call('incident.list', {})).activeIncidentId).toBeNull();
      expect((await call('board.state', { incidentId: id })).incident?.status).toBe('closed');
      expect(await fail('incident.update', { id, author: AUTHOR, phase: 'aftercare' })).toBe(
        'incident.closed',
      );
      expect(
        await fail('board.logAction', {
          incidentId: id,
          author: AUTHOR,
          audience: 'internal',
          action: 1,
          recipients: [],
          channel: 'x',
          sentBy: 'x',
          summary: 'x',
        }),
      ).toBe('incident.closed');
      // the same rule on the log page's path: it lives where every write passes
      expect(
        await fail('log.append', {
          incidentId: id,
          author: AUTHOR,
          body: { kind: 'note', summary: 'te laat' },
        }),
      ).toBe('incident.closed');
      await call('incident.setStatus', { id, author: AUTHOR, status: 'open' });
      expect(
        (
          await call('log.append', {
            incidentId: id,
            author: AUTHOR,
            body: { kind: 'note', summary: 'weer open' },
          })
        ).seq,
      ).toBeGreaterThan(1);
      expect((await call('incident.update', { id, author: AUTHOR, phase: 'aftercare' })).phase).toBe(
        'aftercare',
      );
    });
  });

  it('refuses a detection time in the future and an unknown incident', async () => {
    await withBackend({ sample: false }, async ({ fail }) => {
      const code = await fail('incident.create', {
        title: 'x',
        detectedAt: new Date(Date.now() + 86_400_000).toISOString(),
        natures: ['generalThreat'],
        visibility: VISIBLE_INTERNAL_AND_CHAIN,
        phase: 'problemUnclear',
        isExercise: false,
        author: AUTHOR,
      });
      expect(code).toBe('incident.detectedInFuture');
      expect(await fail('board.setActive', { incidentId: 'no-such-incident' })).toBe('incident.missing');
    });
  });
});
