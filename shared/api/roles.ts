import { METHOD_NAMES, type MethodName } from './contract';

/**
 * Who is calling, as the host knows it (never as the caller says). DESIGN.md §4: the operator is
 * the holder's own window (Electron's control window, the browser host's token link); the room
 * (issue 15) brings colleagues as logger, viewer or projector; a guest is a room visitor without a
 * session, who may do one thing: join. Electron's second window and the browser host's projector
 * link are projectors too.
 */
export const ROLES = ['operator', 'logger', 'viewer', 'projector', 'guest'] as const;
export type Role = (typeof ROLES)[number];

/**
 * What a method does, which decides who may call it:
 * - `board`: what a projector needs to draw the board (board.state itself leaves out private
 *   numbers and log lines for everyone who may not see them, whatever its input says);
 * - `read`: reads the board, the log and who-knows-what, without private numbers;
 * - `private`: reads that include private numbers or produce drafts and exports;
 * - `write`: adds to the record (log entries, board actions, incident changes that are logged);
 * - `manage`: changes the protocol, the settings, the workspace, the room, or the host itself;
 * - `join`: entering the room, for a guest only.
 */
export type Access = 'board' | 'read' | 'private' | 'write' | 'manage' | 'join';

/**
 * The one table of what every method does, checked in dispatch for every host alike (Electron IPC,
 * the loopback browser host, the room). Typed over every method of the contract: a new method
 * that is not classified here is a compile error, so nothing is reachable by accident.
 */
export const METHOD_ACCESS: { readonly [M in MethodName]: Access } = {
  'app.info': 'board',
  'settings.get': 'board',
  'workspace.status': 'board',
  'board.state': 'board',
  'room.me': 'board',

  'incident.list': 'read',
  'incident.get': 'read',
  'board.whoKnows': 'read',
  'matrix.get': 'read',
  'log.incidents': 'read',
  'log.list': 'read',
  'log.get': 'read',
  'log.verify': 'read',
  'room.leave': 'read',

  'protocol.get': 'private',
  'protocol.readiness': 'private',
  'protocol.exportJson': 'private',
  'protocol.callListCsv': 'private',
  'protocol.print': 'private',
  'protocol.ics': 'private',
  // previews of a file the caller picked: nothing is saved, but the result holds private numbers
  'protocol.previewDocx': 'private',
  'protocol.previewContacts': 'private',
  'log.contacts': 'private',
  'log.exportCsv': 'private',
  'log.draft': 'private',
  'log.mediaCheck': 'private',
  'templates.get': 'private',
  'report.incidents': 'private',
  'evaluation.get': 'private',
  'report.export': 'private',
  'workspace.backups': 'private',

  'log.append': 'write',
  'incident.update': 'write',
  'board.logAction': 'write',
  'board.markNotApplicable': 'write',
  'board.markNotNeeded': 'write',
  'board.excludeRecipient': 'write',
  'board.logRegulator': 'write',
  'board.notNotifiable': 'write',
  'board.nis2Significance': 'write',

  'incident.create': 'manage',
  'incident.setStatus': 'manage',
  'board.setActive': 'manage',
  'matrix.update': 'manage',
  'templates.save': 'manage',
  'templates.reset': 'manage',
  'evaluation.update': 'manage',
  'protocol.save': 'manage',
  'protocol.loadSample': 'manage',
  'protocol.importJson': 'manage',
  'protocol.importContacts': 'manage',
  'protocol.importDocx': 'manage',
  // the editor's unsaved draft holds private numbers and is only of use to whoever may save the
  // protocol: the same access as protocol.save, for reading it back too
  'protocol.draft.get': 'manage',
  'protocol.draft.put': 'manage',
  'protocol.draft.discard': 'manage',
  'settings.update': 'manage',
  'workspace.open': 'manage',
  'workspace.restoreBackup': 'manage',
  'host.saveFile': 'manage',
  'host.projector': 'manage',
  'host.projectorLink': 'manage',
  'room.open': 'manage',
  'room.close': 'manage',
  'room.status': 'manage',
  'room.renewCode': 'manage',
  'room.endSession': 'manage',

  // the exercise leader's controls and view (late and missing responses): never the players'
  'exercise.get': 'manage',
  'exercise.load': 'manage',
  'exercise.control': 'manage',
  'exercise.setSpeed': 'manage',
  'exercise.skip': 'manage',
  'exercise.adHoc': 'manage',
  'exercise.tick': 'manage',
  // the protocol's escalation conditions are read by the whole team; marking one met is logged
  'escalation.list': 'read',
  'escalation.markMet': 'write',
  'media.recordRound': 'write',
  // the board as it stood at a past moment, private numbers included (operator's evaluation screen)
  'replay.state': 'private',
  // putting a replay on the projector is the operator's; the projector draws what it is given
  'replay.project': 'manage',
  'replay.projected': 'board',

  'room.join': 'join',
};

/** Which kinds of method each role may call. */
const ROLE_ACCESS: { readonly [R in Role]: ReadonlySet<Access> } = {
  operator: new Set<Access>(['board', 'read', 'private', 'write', 'manage']),
  logger: new Set<Access>(['board', 'read', 'private', 'write']),
  viewer: new Set<Access>(['board', 'read']),
  projector: new Set<Access>(['board']),
  guest: new Set<Access>(['join']),
};

/** The methods each role may call, spelled out (for tests and for reading). */
export const ROLE_METHODS: { readonly [R in Role]: ReadonlySet<MethodName> } = {
  operator: methodsOf('operator'),
  logger: methodsOf('logger'),
  viewer: methodsOf('viewer'),
  projector: methodsOf('projector'),
  guest: methodsOf('guest'),
};

function methodsOf(role: Role): ReadonlySet<MethodName> {
  return new Set(METHOD_NAMES.filter((m) => ROLE_ACCESS[role].has(METHOD_ACCESS[m])));
}

export function mayCall(role: Role, method: MethodName): boolean {
  return ROLE_ACCESS[role].has(METHOD_ACCESS[method]);
}

/** Whether a role sees private phone numbers (board.state, protocol): operator and logger. */
export function seesPrivateNumbers(role: Role): boolean {
  return ROLE_ACCESS[role].has('private');
}

/** Whether a role adds to the record; its session's name is then the author of what it writes. */
export function writes(role: Role): boolean {
  return ROLE_ACCESS[role].has('write');
}
