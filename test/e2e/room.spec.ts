import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { APIRequestContext } from '@playwright/test';
import { journalPath } from '../../electron/services/incident/incident-document';
import { expect, test } from './fixtures';
import { createTestIncident } from './helpers/log-fixtures';
import { followEvents, joinAs, joinFrom, openRoom, participant, postFrom } from './helpers/room';

/**
 * Issue 15, "done means": the room over HTTPS on 127.0.0.1 (bound to loopback in tests), several
 * colleagues at once, roles checked, sessions ended, codes refused and guessing slowed down.
 */
const run = promisify(execFile);
const ENTRIES_EACH = 200;

test('five writers at once, roles, ended sessions, wrong and expired codes, the attempt limit', async ({
  app,
}) => {
  test.setTimeout(300_000);
  const incident = await createTestIncident(app.ctx, { title: 'Storing klantportaal' });
  const room = await openRoom(app);
  const contexts: APIRequestContext[] = [];
  try {
    expect(room.status.urls).toEqual([expect.stringMatching(/^https:\/\/127\.0\.0\.1:\d+\/$/)]);
    expect(room.status.code).toMatch(/^[A-Z0-9]{5}-[A-Z0-9]{5}$/);
    expect(room.status.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    const firstCode = room.status.code ?? '';

    // three loggers, one viewer and one projector join from this laptop (127.0.0.1)
    const loggers: Array<{ name: string; api: APIRequestContext }> = [];
    for (const name of ['Anouk de Vries', 'Bram Jansen', 'Chantal Bakker']) {
      loggers.push({ name, api: await joinAs(room.origin, firstCode, name, 'logger') });
    }
    const viewer = await joinAs(room.origin, firstCode.toLowerCase(), 'Daan Visser', 'viewer');
    const projector = await joinAs(room.origin, firstCode, 'Beamer zaal 2', 'projector');
    contexts.push(...loggers.map((l) => l.api), viewer, projector);

    // the first code after its 15 minutes, then wrong codes: refused, each saying why
    const stranger = await participant(room.origin);
    contexts.push(stranger);
    room.advance(16 * 60 * 1000);
    const expired = await stranger.post('/api/room.join', {
      data: { code: firstCode, name: 'Te laat', role: 'logger' },
    });
    expect(expired.status()).toBe(403);
    expect((await expired.json()).error.code).toBe('room.codeExpired');
    const renewed = await app.api<{ code: string }>('room.renewCode', {});
    expect(renewed.code).not.toBe(firstCode);
    // four wrong codes make five failures in this minute from 127.0.0.1: the sixth attempt is
    // 429, even with the right code, while a colleague on another address still joins
    for (let i = 0; i < 4; i++) {
      const wrong = await stranger.post('/api/room.join', {
        data: { code: `ACDEF-GHJK${i + 3}`, name: 'Buurman', role: 'logger' },
      });
      expect(wrong.status()).toBe(403);
      expect((await wrong.json()).error.code).toBe('room.wrongCode');
    }
    const sixth = await stranger.post('/api/room.join', {
      data: { code: renewed.code, name: 'Buurman', role: 'logger' },
    });
    expect(sixth.status()).toBe(429);
    expect((await sixth.json()).error.nl).toMatch(/Te veel pogingen/);
    const colleague = await joinFrom('127.0.0.2', room.origin, {
      code: renewed.code,
      name: 'Eva de Boer',
      role: 'logger',
    });
    expect(colleague.status).toBe(200);
    expect(colleague.cookie).toMatch(
      /^__Host-ketenbord-room=[^;]+; Path=\/; Secure; HttpOnly; SameSite=Strict$/,
    );

    // the viewer and the projector may read what they need, but write nothing
    const note = (summary: string) => ({
      incidentId: incident.id,
      author: 'Iemand anders',
      body: { kind: 'note', summary },
    });
    for (const reader of [viewer, projector]) {
      const refused = await reader.post('/api/log.append', { data: note('mag niet') });
      expect(refused.status()).toBe(403);
      expect((await refused.json()).error.code).toBe('api.forbidden');
    }
    expect((await viewer.post('/api/log.list', { data: { incidentId: incident.id } })).status()).toBe(200);
    expect((await projector.post('/api/board.state', { data: {} })).status()).toBe(200);
    expect((await viewer.post('/api/protocol.get', { data: {} })).status()).toBe(403);

    // five writers, 200 entries each, all at the same time: three loggers here, the colleague on
    // 127.0.0.2, and the operator on the loopback host with the operator's token
    const writers: Array<{ author: string; write: (summary: string) => Promise<number> }> = [
      ...loggers.map((l) => ({
        author: l.name,
        write: async (summary: string) =>
          (await l.api.post('/api/log.append', { data: note(summary) })).status(),
      })),
      {
        author: 'Eva de Boer',
        write: async (summary: string) =>
          (await postFrom('127.0.0.2', room.origin, colleague.cookie ?? '', 'log.append', note(summary)))
            .status,
      },
      {
        author: 'Operator',
        write: async (summary: string) =>
          (
            await fetch(`${app.origin}/api/log.append`, {
              method: 'POST',
              headers: { 'Content-Type': 'application/json', 'x-ketenbord-token': app.token },
              body: JSON.stringify({ ...note(summary), author: 'Operator' }),
            })
          ).status,
      },
    ];
    const statuses = await Promise.all(
      writers.map(async (writer, w) => {
        const seen: number[] = [];
        for (let i = 0; i < ENTRIES_EACH; i++) seen.push(await writer.write(`w${w}-${i}`));
        return seen;
      }),
    );
    expect(statuses.flat().filter((s) => s !== 200)).toEqual([]);

    // all 1,000 there once each, every one with its own session's author, never the request's
    const lines = (await readFile(path.join(app.workspaceDir, journalPath(incident.id)), 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { seq: number; author: string; summary?: string });
    const written = lines.filter((l) => /^w\d-\d+$/.test(l.summary ?? ''));
    expect(written).toHaveLength(5 * ENTRIES_EACH);
    expect(new Set(written.map((l) => l.summary)).size).toBe(5 * ENTRIES_EACH);
    expect(new Set(lines.map((l) => l.seq)).size).toBe(lines.length);
    for (const [w, writer] of writers.entries()) {
      const own = written.filter((l) => l.summary?.startsWith(`w${w}-`));
      expect({ w, count: own.length, authors: [...new Set(own.map((l) => l.author))] }).toEqual({
        w,
        count: ENTRIES_EACH,
        authors: [writer.author],
      });
    }
    expect(lines.some((l) => l.author === 'Iemand anders')).toBe(false);

    // the chain verifies, through the API and with the command-line reader
    const [anouk, , chantalApi] = loggers.map((l) => l.api) as [
      APIRequestContext,
      APIRequestContext,
      APIRequestContext,
    ];
    const verified = await anouk.post('/api/log.verify', { data: { incidentId: incident.id } });
    expect((await verified.json()).result).toMatchObject({ ok: true, count: lines.length });
    const cli = await run(process.execPath, [
      'bin/ketenbord.mjs',
      'verify-log',
      '--workspace',
      app.workspaceDir,
      '--incident',
      incident.id,
    ]);
    expect(cli.stdout).toContain(String(lines.length));

    // the operator ends a session: its very next request gets 401
    const present = await app.api<{ participants: Array<{ id: string; name: string; address: string }> }>(
      'room.status',
      {},
    );
    expect(present.participants.map((p) => p.name).sort()).toEqual(
      [
        'Anouk de Vries',
        'Bram Jansen',
        'Beamer zaal 2',
        'Chantal Bakker',
        'Daan Visser',
        'Eva de Boer',
      ].sort(),
    );
    expect(present.participants.find((p) => p.name === 'Eva de Boer')?.address).toBe('127.0.0.2');
    const chantal = present.participants.find((p) => p.name === 'Chantal Bakker');
    const chantalCookie = (await chantalApi.storageState()).cookies.find(
      (c) => c.name === '__Host-ketenbord-room',
    );
    const stream = await followEvents(room.origin, `${chantalCookie?.name}=${chantalCookie?.value}`);
    await app.api('room.endSession', { id: chantal?.id });
    // her event stream is cut at once, not at her next request
    expect(await stream.closed).toBe(true);
    const afterEnd = await chantalApi.post('/api/log.append', { data: note('na het einde') });
    expect(afterEnd.status()).toBe(401);
    expect((await afterEnd.json()).error.code).toBe('room.sessionEnded');
    expect((await anouk.post('/api/room.me', { data: {} })).status()).toBe(200);

    // who came, who was refused and who was ended is kept in the workspace
    const journal = (await readFile(path.join(app.workspaceDir, 'room-journal.jsonl'), 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { event: string; name?: string; address?: string });
    const count = (event: string) => journal.filter((j) => j.event === event).length;
    expect(count('opened')).toBe(1);
    expect(count('joined')).toBe(6);
    expect(count('wrongCode')).toBe(4);
    expect(count('expiredCode')).toBe(1);
    expect(count('tooManyAttempts')).toBe(1);
    expect(journal.filter((j) => j.event === 'ended').map((j) => j.name)).toEqual(['Chantal Bakker']);
  } finally {
    await Promise.all(contexts.map((c) => c.dispose()));
    await room.close();
  }
});

test('the room refuses other hosts, foreign origins, big bodies and requests without a session', async ({
  app,
}) => {
  const room = await openRoom(app);
  const guest = await participant(room.origin);
  try {
    const noSession = await guest.post('/api/board.state', { data: {} });
    expect(noSession.status()).toBe(401);
    expect((await noSession.json()).error.code).toBe('room.noSession');
    const rebinding = await guest.post('/api/room.join', {
      headers: { Host: 'evil.example' },
      data: { code: room.status.code, name: 'x', role: 'logger' },
    });
    expect(rebinding.status()).toBe(421);
    const foreign = await guest.post('/api/room.join', {
      headers: { Origin: 'https://evil.example' },
      data: { code: room.status.code, name: 'x', role: 'logger' },
    });
    expect(foreign.status()).toBe(403);
    const big = await guest.post('/api/room.join', {
      headers: { 'Content-Type': 'application/json' },
      data: 'x'.repeat(10 * 1024 * 1024 + 1),
    });
    expect(big.status()).toBe(413);
    // the operator's token means nothing to the room: it works on loopback only
    const token = await guest.post('/api/room.status', {
      headers: { 'x-ketenbord-token': app.token },
      data: {},
    });
    expect(token.status()).toBe(401);
    // a plain-HTTP request to the room's port gets no answer from the app
    const plain = await fetch(room.origin.replace('https:', 'http:')).then(
      (r) => r.status,
      () => 'refused',
    );
    expect(plain === 'refused' || plain === 400).toBe(true);
  } finally {
    await guest.dispose();
    await room.close();
  }
});
