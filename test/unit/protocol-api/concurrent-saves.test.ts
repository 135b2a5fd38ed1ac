import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CIP_2020_MATRIX } from '../../../shared/matrix/cip-2020';
import type { Protocol } from '../../../shared/protocol/schema';
import { startTestBackend, type TestBackend } from '../../fixtures/test-backend';

/**
 * Issue 10, "lost updates": saves that reach the protocol document at the same moment. Every call
 * goes through the real dispatcher and is fired with Promise.all, so they queue on the one store
 * in whatever order the event loop gives; what each call acknowledged must be on disk afterwards.
 */
const ROUNDS = 12;

let app: TestBackend;
beforeEach(async () => {
  app = await startTestBackend('ketenbord-concurrent-');
});
afterEach(async () => app.close());

const onDisk = async (): Promise<Protocol> =>
  JSON.parse(await readFile(join(app.workspaceDir, 'protocol.json'), 'utf8')) as Protocol;

const TEMPLATE_KEY = { audience: 'customers', action: 3, language: 'nl' } as const;

/** One cell's actions, different in every round and never the CIP value (that is stored as null). */
function cellFor(round: number): number[] {
  const cip = CIP_2020_MATRIX.cells.public.problemUnclear.negativePublicity;
  const one = [(round % 10) + 1];
  return cip.length === 1 && cip[0] === one[0] ? [...one, ((round + 1) % 10) + 1].sort((a, b) => a - b) : one;
}

function matrixFor(round: number) {
  const cells = structuredClone(CIP_2020_MATRIX.cells);
  cells.public.problemUnclear.negativePublicity = cellFor(round);
  return cells;
}

function templateOf(protocol: Protocol) {
  return protocol.operations.messageTemplates.find(
    (t) =>
      t.audience === TEMPLATE_KEY.audience &&
      t.action === TEMPLATE_KEY.action &&
      t.language === TEMPLATE_KEY.language,
  );
}

describe('concurrent saves on protocol.json', () => {
  it(`keeps protocol, template and matrix changes made at the same moment (${ROUNDS} rounds)`, async () => {
    for (let round = 1; round <= ROUNDS; round++) {
      const { protocol, revision } = await app.call('protocol.get', {});
      protocol.organisation.name = `Waterschap ronde ${round}`;
      const answers = await Promise.all([
        app.raw('templates.save', { ...TEMPLATE_KEY, subject: `Onderwerp ${round}`, body: `Tekst ${round}` }),
        app.raw('protocol.save', { protocol, baseRevision: revision }),
        app.raw('matrix.update', { cells: matrixFor(round) }),
      ]);
      for (const answer of answers) expect(answer.ok).toBe(true);
      expect(answers[1]).toMatchObject({ ok: true, result: { saved: true } });

      const stored = await onDisk();
      expect(stored.organisation.name).toBe(`Waterschap ronde ${round}`);
      expect(templateOf(stored)?.body).toBe(`Tekst ${round}`);
      expect(stored.operations.matrix?.public.problemUnclear.negativePublicity).toEqual(cellFor(round));
    }
  });

  it(`keeps a template reset made at the same moment as a protocol save (${ROUNDS} rounds)`, async () => {
    for (let round = 1; round <= ROUNDS; round++) {
      await app.call('templates.save', { ...TEMPLATE_KEY, subject: 'Onderwerp', body: `Tekst ${round}` });
      const { protocol, revision } = await app.call('protocol.get', {});
      protocol.organisation.name = `Reset ronde ${round}`;
      const [reset, save] = await Promise.all([
        app.raw('templates.reset', TEMPLATE_KEY),
        app.raw('protocol.save', { protocol, baseRevision: revision }),
      ]);
      expect(reset.ok && save.ok).toBe(true);
      const stored = await onDisk();
      expect(templateOf(stored)).toBeUndefined();
      expect(stored.organisation.name).toBe(`Reset ronde ${round}`);
    }
  });

  it(`refuses the second of two saves from the same revision as stale (${ROUNDS} rounds)`, async () => {
    for (let round = 1; round <= ROUNDS; round++) {
      const { protocol, revision } = await app.call('protocol.get', {});
      const a = structuredClone(protocol);
      const b = structuredClone(protocol);
      a.organisation.name = `Venster A ronde ${round}`;
      b.organisation.name = `Venster B ronde ${round}`;
      const results = await Promise.all([
        app.call('protocol.save', { protocol: a, baseRevision: revision }),
        app.call('protocol.save', { protocol: b, baseRevision: revision }),
      ]);
      const saved = results.filter((r) => r.saved);
      const refused = results.filter((r) => !r.saved);
      expect(saved).toHaveLength(1);
      expect(refused).toHaveLength(1);
      expect(refused[0]).toMatchObject({ saved: false, reason: 'conflict' });
      // what is stored is what the one acknowledged save wrote
      const winner = saved[0]?.saved ? saved[0].state.protocol.organisation.name : '';
      expect((await onDisk()).organisation.name).toBe(winner);
    }
  });

  it(`adds each person once when the same contacts are imported twice at once (${ROUNDS} rounds)`, async () => {
    let expected = 0;
    for (let round = 1; round <= ROUNDS; round++) {
      const csv = [
        'Naam;Functie;Organisatie;Mobiel;Privé;E-mail',
        `Anna Ronde${round};Teamleider;Waterschap;06 12345678;;anna${round}@waterschap.nl`,
        `Bram Ronde${round};CISO;Waterschap;06 87654321;;bram${round}@waterschap.nl`,
      ].join('\n');
      const [first, second] = await Promise.all([
        app.call('protocol.importContacts', { format: 'csv', text: csv }),
        app.call('protocol.importContacts', { format: 'csv', text: csv }),
      ]);
      expect(first.added.length + second.added.length).toBe(2);
      expect(first.skipped.length + second.skipped.length).toBe(2);
      expected += 2;
      const names = (await onDisk()).people.map((p) => p.name);
      expect(names).toHaveLength(expected);
      expect(new Set(names).size).toBe(expected);
    }
  });
});
