import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/api/dispatch';
import type { Role } from '../../../shared/api/roles';
import { createTestIncident } from '../../e2e/helpers/log-fixtures';
import { type HostUnderTest, startHostUnderTest } from '../web/web-host';

/** Issue 15: a logger sees private numbers like the operator; a viewer and a projector never. */
let running: HostUnderTest;
let privateNumbers: string[];

beforeAll(async () => {
  running = await startHostUnderTest({ sample: true });
  const incident = await createTestIncident(running.ctx, { title: 'Aanval op het klantportaal' });
  await dispatch(running.ctx, 'board.setActive', { incidentId: incident.id });
  const protocol = await dispatch(running.ctx, 'protocol.get', {});
  if (!protocol.ok) throw new Error('protocol.get failed');
  privateNumbers = (protocol.result as { protocol: { people: { privatePhone: string }[] } }).protocol.people
    .map((p) => p.privatePhone)
    .filter((n) => n !== '');
});
afterAll(async () => running.close());

async function boardText(role: Role): Promise<string> {
  const answer = await dispatch(running.ctx, 'board.state', { operator: true }, { role });
  if (!answer.ok) throw new Error(`board.state as ${role}: ${answer.error.code}`);
  return JSON.stringify(answer.result);
}

describe('private numbers in the room', () => {
  it('are on the board for the operator and a logger, never for a viewer or a projector', async () => {
    expect(privateNumbers.length).toBeGreaterThan(0);
    for (const role of ['operator', 'logger'] as const) {
      const text = await boardText(role);
      expect({ role, shown: privateNumbers.some((n) => text.includes(n)) }).toEqual({ role, shown: true });
    }
    for (const role of ['viewer', 'projector'] as const) {
      const text = await boardText(role);
      for (const n of privateNumbers)
        expect({ role, text }).not.toEqual({ role, text: expect.stringContaining(n) });
    }
  });

  it('the protocol itself is refused to a viewer', async () => {
    const answer = await dispatch(running.ctx, 'protocol.get', {}, { role: 'viewer' });
    expect(answer.ok ? 'ok' : answer.error.code).toBe('api.forbidden');
  });
});
