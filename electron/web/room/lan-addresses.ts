import os from 'node:os';

/**
 * The machine's private IPv4 addresses (10/8, 172.16/12, 192.168/16): where colleagues on the
 * crisis room's network can reach it. Public addresses are left out on purpose: the room is for
 * the local network, never for the internet.
 */
export function privateLanAddresses(): string[] {
  const found: string[] = [];
  for (const list of Object.values(os.networkInterfaces())) {
    for (const info of list ?? []) {
      if (info.family === 'IPv4' && !info.internal && isPrivateIpv4(info.address)) found.push(info.address);
    }
  }
  return [...new Set(found)];
}

export function isPrivateIpv4(address: string): boolean {
  const parts = address.split('.').map(Number);
  if (parts.length !== 4 || parts.some((p) => !Number.isInteger(p) || p < 0 || p > 255)) return false;
  const [a, b] = parts as [number, number, number, number];
  return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

/** How an address goes into a URL or a Host header: IPv6 in brackets. */
export function hostPart(address: string): string {
  return address.includes(':') ? `[${address}]` : address;
}
