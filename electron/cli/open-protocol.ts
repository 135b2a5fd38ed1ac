import type { Protocol } from '../../shared/protocol/schema';
import { openWorkspaceForReading } from '../services/workspace/workspace-reader';
import { explain } from './output';

export type OpenedProtocol =
  | {
      ok: true;
      protocol: Protocol /** false: no protocol.json yet, these are the defaults */;
      stored: boolean;
    }
  | { ok: false; message: { nl: string; en: string } };

/**
 * Reads protocol.json for a CLI command through the read-only workspace mode: no lock (it works
 * while the app runs), nothing created, moved or repaired. A damaged, newer or unreadable
 * protocol.json is a refusal with the reason, never the defaults in its place.
 */
export async function readWorkspaceProtocol(dir: string): Promise<OpenedProtocol> {
  let reader: Awaited<ReturnType<typeof openWorkspaceForReading>>;
  try {
    reader = await openWorkspaceForReading(dir);
  } catch (error) {
    return { ok: false, message: explain(error) };
  }
  try {
    const reading = await reader.protocol();
    if (!reading.ok) {
      return {
        ok: false,
        message: {
          nl: `Het protocol kan niet worden gelezen; er is niets gecontroleerd of gemaakt. ${reading.message.nl}`,
          en: `The protocol cannot be read; nothing was checked or made. ${reading.message.en}`,
        },
      };
    }
    return { ok: true, protocol: reading.protocol, stored: reading.stored };
  } catch (error) {
    return { ok: false, message: explain(error) };
  } finally {
    await reader.close();
  }
}
