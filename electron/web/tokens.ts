import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Role } from '../../shared/api/roles';
import { deriveToken, workspaceSecret } from './session-secret';

export const TOKEN_HEADER = 'x-ketenbord-token';

export function newToken(): string {
  return randomBytes(24).toString('hex');
}

/**
 * The browser host's tokens and the role each one carries. A request proves who it is only with
 * the x-ketenbord-token header: a header is sent by our own page's script and nothing else, where a
 * cookie would go to every server on 127.0.0.1 (cookies are scoped by host, not by port).
 */
export class TokenRoles {
  private readonly entries: ReadonlyArray<readonly [Buffer, Role]>;

  constructor(tokens: ReadonlyArray<readonly [string, Role]>) {
    this.entries = tokens.map(([token, role]) => [Buffer.from(token), role] as const);
  }

  /** The role of the token on the request, or null when it has none or a wrong one. */
  roleOf(header: string | string[] | undefined): Role | null {
    if (typeof header !== 'string') return null;
    const given = Buffer.from(header);
    let found: Role | null = null;
    // compare with every token, in constant time each, so timing says nothing about which matched
    for (const [token, role] of this.entries) {
      if (given.length === token.length && timingSafeEqual(given, token)) found = role;
    }
    return found;
  }
}

/**
 * The host's two tokens. With a workspace they come from its kept secret (session-secret.ts), so a
 * restart of the host on the same workspace accepts the tabs that were open; without one (no
 * workspace could be opened) they are random and last as long as the host.
 */
export async function sessionTokens(
  configDir: string,
  workspaceDir: string | null,
): Promise<{ operator: string; projector: string }> {
  if (workspaceDir === null) return { operator: newToken(), projector: newToken() };
  const { secret } = await workspaceSecret(configDir, workspaceDir);
  return { operator: deriveToken(secret, 'operator'), projector: deriveToken(secret, 'projector') };
}
