import { z } from 'zod';
import { method } from './define';

/** The roles a colleague can pick when joining the room (the operator is the holder's own screen). */
export const PARTICIPANT_ROLES = ['logger', 'viewer', 'projector'] as const;
export const participantRoleSchema = z.enum(PARTICIPANT_ROLES);
export type ParticipantRole = z.infer<typeof participantRoleSchema>;

/**
 * A join code as typed: case and the dashes or spaces people put in while reading it aloud do not
 * matter (the host normalises). Long enough to hold a code, short enough to refuse junk cheaply.
 */
const codeInputSchema = z.string().trim().min(1, 'verplicht').max(40);

const participantSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: participantRoleSchema,
  address: z.string(),
  since: z.string(),
  lastSeen: z.string(),
});
export type Participant = z.infer<typeof participantSchema>;

export const roomStatusSchema = z.object({
  open: z.boolean(),
  /** whether this host can open a room at all (Electron and the browser host can; tests may not) */
  available: z.boolean(),
  /** https://ADDRESS:PORT/ for every address the room listens on */
  urls: z.array(z.string()),
  /** the first address as a QR code, an SVG document, or null when closed */
  qrSvg: z.string().nullable(),
  /** the join code as shown (groups of four/five), or null when closed */
  code: z.string().nullable(),
  codeExpiresAt: z.string().nullable(),
  /** colon-separated SHA-256 of the room's certificate */
  fingerprint: z.string().nullable(),
  participants: z.array(participantSchema),
  /** when the room closes by itself if nobody does anything */
  idleClosesAt: z.string().nullable(),
});
export type RoomStatus = z.infer<typeof roomStatusSchema>;

const addressSchema = z
  .string()
  .trim()
  .min(2)
  .max(64)
  .regex(/^[0-9A-Fa-f.:]+$/, 'een IP-adres');

export const roomMethods = {
  /** The operator opens the room: HTTPS on the given addresses (default: the private LAN ones). */
  'room.open': method(
    z.object({
      bind: z.array(addressSchema).max(8).optional(),
      port: z.number().int().min(0).max(65535).optional(),
    }),
    roomStatusSchema,
  ),
  'room.close': method(z.object({}), roomStatusSchema),
  'room.status': method(z.object({}), roomStatusSchema),
  /** A new join code, valid 15 minutes; the old one stops working at once. */
  'room.renewCode': method(z.object({}), roomStatusSchema),
  /** Ends a participant's session: its next request gets 401. */
  'room.endSession': method(z.object({ id: z.string().min(1).max(100) }), roomStatusSchema),
  /**
   * A colleague joins: only the room host answers it, with a session cookie. The name becomes the
   * author of everything the session logs.
   */
  'room.join': method(
    z.object({
      code: codeInputSchema,
      name: z.string().trim().min(1, 'verplicht').max(100),
      role: participantRoleSchema,
    }),
    z.object({ name: z.string(), role: participantRoleSchema }),
  ),
  /** Who this screen is in the room (null outside the room), so the page can show it. */
  'room.me': method(z.object({}), z.object({ name: z.string(), role: participantRoleSchema }).nullable()),
  /** A participant leaves the room; the session cookie stops working. */
  'room.leave': method(z.object({}), z.object({ left: z.boolean() })),
};
