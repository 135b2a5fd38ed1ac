import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/api/dispatch';
import { incidentJournal } from '../../../electron/services/workspace/journals';
import { METHOD_NAMES } from '../../../shared/api/contract';
import { METHOD_ACCESS, ROLE_METHODS } from '../../../shared/api/roles';
import { createTestIncident } from '../../e2e/helpers/log-fixtures';
import { type HostUnderTest, startHostUnderTest } from '../web/web-host';

let running: HostUnderTest;
beforeAll(async () => {
  running = await startHostUnderTest();
});
afterAll(async () => running.close());

describe('a room session writes in its own name', () => {
  it('dispatch puts the session name as the author, whatever the request says', async () => {
    const incident = await createTestIncident(running.ctx);
    const logger = { role: 'logger' as const, session: { id: 's1', name: 'Bram Jansen' } };
    const answer = await dispatch(
      running.ctx,
      'log.append',
      { incidentId: incident.id, author: 'De directeur', body: { kind: 'note', summary: 'Pers belde' } },
      logger,
    );
    expect(answer.ok).toBe(true);
    // without an author at all it works too: the session supplies it
    const without = await dispatch(
      running.ctx,
      'log.append',
      { incidentId: incident.id, body: { kind: 'note', summary: 'Tweede' } },
      logger,
    );
    expect(without.ok).toBe(true);
    const journal = await incidentJournal(running.ctx.requireWorkspace(), incident.id);
    expect(
      journal
        .entries()
        .slice(-2)
        .map((e) => e.author),
    ).toEqual(['Bram Jansen', 'Bram Jansen']);
  });

  it('the operator still writes the name it typed', async () => {
    const incident = await createTestIncident(running.ctx);
    await dispatch(running.ctx, 'log.append', {
      incidentId: incident.id,
      author: 'Anouk',
      body: { kind: 'note', summary: 'x' },
    });
    const journal = await incidentJournal(running.ctx.requireWorkspace(), incident.id);
    expect(journal.entries().at(-1)?.author).toBe('Anouk');
  });
});

describe('the one role table', () => {
  it('a viewer reads but writes nothing; a logger writes but manages nothing; a guest only joins', () => {
    for (const method of METHOD_NAMES) {
      const access = METHOD_ACCESS[method];
      expect({ method, viewer: ROLE_METHODS.viewer.has(method) }).toEqual({
        method,
        viewer: access === 'board' || access === 'read',
      });
      expect({ method, logger: ROLE_METHODS.logger.has(method) }).toEqual({
        method,
        logger: access !== 'manage' && access !== 'join',
      });
    }
    expect([...ROLE_METHODS.guest]).toEqual(['room.join']);
    expect(ROLE_METHODS.logger.has('log.append')).toBe(true);
    expect(ROLE_METHODS.viewer.has('log.list')).toBe(true);
    expect(ROLE_METHODS.viewer.has('protocol.get')).toBe(false);
  });

  it('is enforced in dispatch: a viewer gets api.forbidden for every write', async () => {
    for (const method of METHOD_NAMES.filter((m) => METHOD_ACCESS[m] === 'write')) {
      const answer = await dispatch(running.ctx, method, {}, { role: 'viewer' });
      expect({ method, code: answer.ok ? 'ok' : answer.error.code }).toEqual({
        method,
        code: 'api.forbidden',
      });
    }
  });
});
