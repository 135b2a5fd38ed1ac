import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roleOfSender } from '../../../electron/main/caller-role';
import { dispatch } from '../../../electron/services/api/dispatch';
import { METHOD_NAMES } from '../../../shared/api/contract';
import { ROLE_METHODS } from '../../../shared/api/roles';
import { createTestIncident } from '../../e2e/helpers/log-fixtures';
import { type HostUnderTest, post, startHostUnderTest, tokenOf } from '../web/web-host';

/**
 * DESIGN.md §4 and issue 10: the host decides what a projector may see. The role comes from the
 * window (Electron) or the token (browser host), one table says what each role may call, and
 * board.state leaves out private numbers and log lines for a projector whatever its input says.
 */
let running: HostUnderTest;
let privateNumbers: string[];

beforeAll(async () => {
  running = await startHostUnderTest({ sample: true });
  const ctx = running.ctx;
  const incident = await createTestIncident(ctx, { title: 'Aanval op het klantportaal' });
  const operator = { role: 'operator' } as const;
  await dispatch(ctx, 'board.setActive', { incidentId: incident.id }, operator);
  await dispatch(
    ctx,
    'log.append',
    { incidentId: incident.id, author: 'Anouk', body: { kind: 'note', summary: 'Servicedesk belt terug' } },
    operator,
  );
  const protocol = await dispatch(ctx, 'protocol.get', {}, operator);
  if (!protocol.ok) throw new Error('protocol.get failed');
  privateNumbers = (protocol.result as { protocol: { people: { privatePhone: string }[] } }).protocol.people
    .map((p) => p.privatePhone)
    .filter((n) => n !== '');
});
afterAll(async () => running.close());

const projectorToken = () => tokenOf(running.host.projectorUrl);

describe('the role table', () => {
  it('lets the operator call every method but joining the room, and the projector only what the board needs', () => {
    expect([...ROLE_METHODS.operator].sort()).toEqual(METHOD_NAMES.filter((m) => m !== 'room.join').sort());
    expect([...ROLE_METHODS.projector].sort()).toEqual([
      'app.info',
      'board.state',
      // the replay moment the operator put on the wall (issue 16): a board without private numbers
      'replay.projected',
      'room.me',
      'settings.get',
      'workspace.status',
    ]);
  });

  it('is enforced in dispatch: every other method answers api.forbidden to a projector', async () => {
    for (const method of METHOD_NAMES) {
      if (ROLE_METHODS.projector.has(method)) continue;
      const answer = await dispatch(running.ctx, method, {}, { role: 'projector' });
      expect({ method, code: answer.ok ? 'ok' : answer.error.code }).toEqual({
        method,
        code: 'api.forbidden',
      });
    }
  });
});

describe('board.state for a projector', () => {
  it('has no private numbers and no log lines, even when it asks as an operator', async () => {
    const asProjector = await dispatch(running.ctx, 'board.state', { operator: true }, { role: 'projector' });
    const asOperator = await dispatch(running.ctx, 'board.state', { operator: true }, { role: 'operator' });
    if (!asProjector.ok || !asOperator.ok) throw new Error('board.state failed');
    expect(privateNumbers.length).toBeGreaterThan(0);
    const operatorText = JSON.stringify(asOperator.result);
    expect(privateNumbers.some((n) => operatorText.includes(n))).toBe(true);
    expect((asOperator.result as { recent: unknown[] }).recent.length).toBeGreaterThan(0);

    const projectorText = JSON.stringify(asProjector.result);
    for (const n of privateNumbers) expect(projectorText).not.toContain(n);
    expect((asProjector.result as { recent: unknown[] }).recent).toEqual([]);
  });

  it('the replay on the wall has no private numbers and no log lines either', async () => {
    const operator = { role: 'operator' } as const;
    const list = await dispatch(running.ctx, 'incident.list', {}, operator);
    if (!list.ok) throw new Error('incident.list failed');
    const incidentId = (list.result as { incidents: { id: string }[] }).incidents[0]!.id;
    const at = new Date().toISOString();
    const put = await dispatch(running.ctx, 'replay.project', { moment: { incidentId, at } }, operator);
    expect(put.ok).toBe(true);
    const shown = await dispatch(running.ctx, 'replay.projected', {}, { role: 'projector' });
    if (!shown.ok || shown.result === null) throw new Error('replay.projected failed');
    const text = JSON.stringify(shown.result);
    expect(text).toContain('Aanval op het klantportaal');
    for (const n of privateNumbers) expect(text).not.toContain(n);
    expect((shown.result as { board: { recent: unknown[] } }).board.recent).toEqual([]);
    await dispatch(running.ctx, 'replay.project', { moment: null }, operator);
    const after = await dispatch(running.ctx, 'replay.projected', {}, { role: 'projector' });
    expect(after).toEqual({ ok: true, result: null });
  });

  it('the operator flag can only ask for less', async () => {
    const reduced = await dispatch(running.ctx, 'board.state', { operator: false }, { role: 'operator' });
    if (!reduced.ok) throw new Error('board.state failed');
    const text = JSON.stringify(reduced.result);
    for (const n of privateNumbers) expect(text).not.toContain(n);
  });
});

describe('the browser host gives the projector its own token', () => {
  it('hands the projector link only to the operator', async () => {
    const asOperator = await post(running.host.port, 'host.projectorLink', running.host.token);
    expect(asOperator.body).toEqual({ ok: true, result: { url: running.host.projectorUrl } });
    expect(running.host.projectorUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/board\?token=[0-9a-f]{48}$/);
    expect(projectorToken()).not.toBe(running.host.token);
    const asProjector = await post(running.host.port, 'host.projectorLink', projectorToken());
    expect(asProjector.status).toBe(403);
  });

  it('with the projector token: the board answers, anything else is 403 api.forbidden', async () => {
    const board = await post(running.host.port, 'board.state', projectorToken(), { operator: true });
    expect(board.status).toBe(200);
    const text = JSON.stringify(board.body);
    for (const n of privateNumbers) expect(text).not.toContain(n);
    for (const method of ['protocol.get', 'log.list', 'settings.update', 'protocol.exportJson']) {
      const refused = await post(running.host.port, method, projectorToken(), {});
      expect({ method, status: refused.status, code: refused.body.error?.code }).toEqual({
        method,
        status: 403,
        code: 'api.forbidden',
      });
      expect(refused.body.error?.nl).toMatch(/^Dit scherm \(projectie\) mag dit niet/);
    }
  });
});

describe('Electron: the role comes from the window that sent the call', () => {
  it('the control window is the operator; the projector window, or any other, is a projector', () => {
    expect(roleOfSender(3, 3)).toBe('operator');
    expect(roleOfSender(4, 3)).toBe('projector');
    expect(roleOfSender(3, null)).toBe('projector');
  });
});
