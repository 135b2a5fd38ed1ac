import net from 'node:net';
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HostUnderTest, startHostUnderTest } from './web-host';

let running: HostUnderTest;
beforeAll(async () => {
  running = await startHostUnderTest();
});
afterAll(async () => running.close());

/** 'connected', or the error code the operating system gave for the attempt. */
function tryConnect(host: string, port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    // a safety net for a filtered address, not a timing assertion: no answer is no connection
    socket.setTimeout(10_000, () => {
      socket.destroy();
      resolve('timeout');
    });
  });
}

/** This machine's own addresses other than 127.0.0.1 (link-local IPv6 needs a scope: skipped). */
function otherLocalAddresses(): string[] {
  return Object.values(os.networkInterfaces())
    .flat()
    .filter((a) => a !== undefined)
    .map((a) => a.address)
    .filter((address) => address !== '127.0.0.1' && !address.startsWith('fe80:'));
}

describe('the browser host listens on 127.0.0.1 only', () => {
  it('is bound to 127.0.0.1 (IPv4), as the operating system reports the socket', () => {
    expect(running.host.address).toMatchObject({ address: '127.0.0.1', family: 'IPv4' });
    expect(running.host.address.port).toBe(running.host.port);
    expect(new URL(running.host.url).hostname).toBe('127.0.0.1');
  });

  it('accepts a connection on 127.0.0.1', async () => {
    expect(await tryConnect('127.0.0.1', running.host.port)).toBe('connected');
  });

  it("refuses connections on this machine's other addresses", async () => {
    const others = otherLocalAddresses();
    // on Linux all of 127/8 reaches this machine, yet a socket bound to 127.0.0.1 answers only there
    if (process.platform === 'linux') others.push('127.0.0.2');
    expect(others.length).toBeGreaterThan(0);
    for (const address of others) {
      expect({ address, result: await tryConnect(address, running.host.port) }).not.toMatchObject({
        result: 'connected',
      });
    }
  });
});
