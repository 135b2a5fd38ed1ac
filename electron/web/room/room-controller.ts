import QRCode from 'qrcode';
import type { ParticipantRole, RoomStatus } from '../../../shared/api/room-api';
import { AppError } from '../../../shared/errors/app-error';
import type { AppContext } from '../../services/app-context';
import type { RoomControl } from '../../services/room/room-control';
import { AttemptLimiter } from './attempt-limiter';
import { displayCode, JoinCode } from './join-code';
import { privateLanAddresses } from './lan-addresses';
import { roomCertificate } from './room-certificate';
import { type RoomHost, startRoomHost } from './room-host';
import { ROOM_JOURNAL_FILE, type RoomCloseReason, RoomJournal } from './room-journal';
import { RoomSessions } from './room-sessions';

/** The room closes by itself after this long without a request from anyone in it. */
export const IDLE_CLOSE_MS = 12 * 60 * 60 * 1000;

export interface RoomControllerOptions {
  ctx: AppContext;
  staticDir: string;
  /** where the room's certificate is kept (per workspace), outside the workspace */
  configDir: string;
  /** the clock; tests move it to see a code expire */
  now?: () => number;
  /** the addresses to listen on when none are given (default: the private LAN addresses) */
  defaultAddresses?: () => string[];
}

interface OpenRoom {
  /** the workspace the room was opened on: its journal, its certificate */
  dir: string;
  host: RoomHost;
  code: JoinCode;
  fingerprint: string;
  qrSvg: string;
}

/**
 * The room (issue 15): opens and closes the HTTPS host, holds the join code, the attempt limits,
 * the sessions and the idle clock, and writes who came and went to the room journal in the
 * workspace. One per back end; the API's room.* methods reach it through attachRoom.
 */
export class RoomController implements RoomControl {
  private readonly now: () => number;
  private room: OpenRoom | null = null;
  private readonly sessions: RoomSessions;
  private readonly limiter: AttemptLimiter;
  private readonly journal: RoomJournal;
  private lastActivity = 0;
  private idleTimer: NodeJS.Timeout | null = null;

  constructor(private readonly options: RoomControllerOptions) {
    this.now = options.now ?? Date.now;
    this.sessions = new RoomSessions(this.now);
    this.limiter = new AttemptLimiter(this.now);
    this.journal = new RoomJournal(() => options.ctx.requireWorkspace().resolve(ROOM_JOURNAL_FILE), this.now);
    // the room belongs to the workspace it was opened on: another workspace closes it
    options.ctx.events.subscribe((name) => {
      if (name !== 'workspace.changed' || !this.room) return;
      if (options.ctx.workspace?.dir !== this.room.dir) void this.close('workspace');
    });
  }

  async open(input: { bind?: string[] | undefined; port?: number | undefined }): Promise<RoomStatus> {
    if (this.room) return this.status();
    const addresses = [...new Set(input.bind ?? (this.options.defaultAddresses ?? privateLanAddresses)())];
    if (addresses.length === 0) {
      throw new AppError('room.noAddress', {
        nl: 'Deze computer heeft geen adres op een lokaal netwerk. Sluit hem aan op het netwerk van de crisiskamer, of kies een adres.',
        en: 'This computer has no address on a local network. Connect it to the crisis room network, or choose an address.',
      });
    }
    const workspace = this.options.ctx.requireWorkspace();
    const certificate = await roomCertificate(this.options.configDir, workspace.dir, addresses);
    const host = await startRoomHost({
      ctx: this.options.ctx,
      staticDir: this.options.staticDir,
      addresses,
      port: input.port ?? 0,
      certificate,
      sessions: this.sessions,
      onActivity: () => {
        this.lastActivity = this.now();
      },
    });
    const qrSvg = await QRCode.toString(host.urls[0] ?? '', {
      type: 'svg',
      margin: 2,
      errorCorrectionLevel: 'M',
    });
    this.room = {
      dir: workspace.dir,
      host,
      code: new JoinCode(this.now),
      fingerprint: certificate.fingerprint,
      qrSvg,
    };
    this.lastActivity = this.now();
    this.idleTimer = setInterval(() => void this.closeIfIdle(), 60_000);
    this.idleTimer.unref();
    await this.record({ event: 'opened', urls: host.urls, fingerprint: certificate.fingerprint });
    return this.status();
  }

  async close(reason: RoomCloseReason = 'operator'): Promise<RoomStatus> {
    const room = this.room;
    if (!room) return this.status();
    // the workspace it was opened on is no longer ours to write in: nothing more goes to its journal
    const journalled = this.options.ctx.workspace?.dir === room.dir;
    this.room = null;
    if (this.idleTimer) clearInterval(this.idleTimer);
    this.idleTimer = null;
    const left = this.sessions.endAll();
    await room.host.close();
    if (journalled) {
      for (const s of left) {
        await this.record({
          event: 'ended',
          sessionId: s.id,
          name: s.name,
          role: s.role,
          address: s.address,
        });
      }
      await this.record({ event: 'closed', reason });
    }
    return this.status();
  }

  async status(): Promise<RoomStatus> {
    const room = this.room;
    if (!room) {
      return {
        open: false,
        available: true,
        urls: [],
        qrSvg: null,
        code: null,
        codeExpiresAt: null,
        fingerprint: null,
        participants: [],
        idleClosesAt: null,
      };
    }
    return {
      open: true,
      available: true,
      urls: room.host.urls,
      qrSvg: room.qrSvg,
      code: displayCode(room.code.code),
      codeExpiresAt: new Date(room.code.expiresAt).toISOString(),
      fingerprint: room.fingerprint,
      participants: this.sessions.list(),
      idleClosesAt: new Date(this.lastActivity + IDLE_CLOSE_MS).toISOString(),
    };
  }

  async renewCode(): Promise<RoomStatus> {
    const room = this.requireOpen();
    room.code.renew();
    await this.record({ event: 'codeRenewed' });
    return this.status();
  }

  async endSession(id: string): Promise<RoomStatus> {
    const room = this.requireOpen();
    const ended = this.sessions.end(id);
    if (ended) {
      room.host.dropSession(id);
      await this.record({
        event: 'ended',
        sessionId: id,
        name: ended.name,
        role: ended.role,
        address: ended.address,
      });
    }
    return this.status();
  }

  async join(
    input: { code: string; name: string; role: ParticipantRole },
    address: string,
  ): Promise<{ token: string; name: string; role: ParticipantRole }> {
    const room = this.requireOpen();
    if (this.limiter.verdict(address) !== 'ok') {
      await this.record({ event: 'tooManyAttempts', address });
      throw new AppError('room.tooManyAttempts', {
        nl: 'Te veel pogingen met een verkeerde code. Wacht een minuut en probeer het opnieuw.',
        en: 'Too many attempts with a wrong code. Wait a minute and try again.',
      });
    }
    const check = room.code.check(input.code);
    if (check !== 'ok') {
      this.limiter.recordFailure(address);
      await this.record({ event: check === 'expired' ? 'expiredCode' : 'wrongCode', address });
      throw check === 'expired'
        ? new AppError('room.codeExpired', {
            nl: 'Deze code is verlopen. Vraag de bediening om de nieuwe code.',
            en: 'This code has expired. Ask the operator for the new code.',
          })
        : new AppError('room.wrongCode', {
            nl: 'Deze code klopt niet. Controleer hem en probeer het opnieuw.',
            en: 'This code is not right. Check it and try again.',
          });
    }
    // the name is the author of everything the session writes: two people under one name would
    // make the record ambiguous (checked after the code, so it tells a guesser nothing)
    const wanted = input.name.trim().toLocaleLowerCase('nl');
    if (this.sessions.list().some((p) => p.name.trim().toLocaleLowerCase('nl') === wanted)) {
      throw new AppError('room.nameTaken', {
        nl: `Er is al iemand met de naam ${input.name} in de crisiskamer. Kies een naam die u onderscheidt, bijvoorbeeld met uw achternaam of functie.`,
        en: `Someone named ${input.name} is already in the crisis room. Choose a name that tells you apart, for example with your surname or role.`,
      });
    }
    const { token, session } = this.sessions.start(input.name, input.role, address);
    this.lastActivity = this.now();
    await this.record({
      event: 'joined',
      sessionId: session.id,
      name: session.name,
      role: session.role,
      address,
    });
    return { token, name: session.name, role: session.role };
  }

  async leave(sessionId: string): Promise<boolean> {
    const left = this.sessions.end(sessionId);
    if (!left) return false;
    this.room?.host.dropSession(sessionId);
    await this.record({ event: 'left', sessionId, name: left.name, role: left.role, address: left.address });
    return true;
  }

  participant(sessionId: string): { name: string; role: ParticipantRole } | null {
    const found = this.sessions.list().find((p) => p.id === sessionId);
    return found ? { name: found.name, role: found.role } : null;
  }

  private requireOpen(): OpenRoom {
    if (!this.room) {
      throw new AppError('room.closed', {
        nl: 'De crisiskamer is gesloten.',
        en: 'The crisis room is closed.',
      });
    }
    return this.room;
  }

  /** Closes the room after 12 hours without a request from anyone in it (checked every minute). */
  async closeIfIdle(): Promise<void> {
    if (this.room && this.now() - this.lastActivity >= IDLE_CLOSE_MS) await this.close('idle');
  }

  /**
   * A journal line that cannot be written (the workspace went read-only under us) must not stop
   * a colleague from joining or the operator from ending a session: it is said in the console.
   */
  private async record(entry: Parameters<RoomJournal['record']>[0]): Promise<void> {
    await this.journal.record(entry).catch((error: unknown) => console.error('[room] journal', error));
  }
}
