import { board as enBoard } from './en/board';
import { common as enCommon } from './en/common';
import { escalation as enEscalation } from './en/escalation';
import { exercise as enExercise } from './en/exercise';
import { incident as enIncident } from './en/incident';
import { log as enLog } from './en/log';
import { media as enMedia } from './en/media';
import { protocol as enProtocol } from './en/protocol';
import { replay as enReplay } from './en/replay';
import { report as enReport } from './en/report';
import { room as enRoom } from './en/room';
import { board as nlBoard } from './nl/board';
import { common as nlCommon } from './nl/common';
import { escalation as nlEscalation } from './nl/escalation';
import { exercise as nlExercise } from './nl/exercise';
import { incident as nlIncident } from './nl/incident';
import { log as nlLog } from './nl/log';
import { media as nlMedia } from './nl/media';
import { protocol as nlProtocol } from './nl/protocol';
import { replay as nlReplay } from './nl/replay';
import { report as nlReport } from './nl/report';
import { room as nlRoom } from './nl/room';

/** i18next resources: one namespace per feature, Dutch first. English mirrors Dutch's shape (typed). */
export const i18nResources = {
  nl: {
    common: nlCommon,
    protocol: nlProtocol,
    incident: nlIncident,
    board: nlBoard,
    log: nlLog,
    report: nlReport,
    room: nlRoom,
    exercise: nlExercise,
    media: nlMedia,
    escalation: nlEscalation,
    replay: nlReplay,
  },
  en: {
    common: enCommon,
    protocol: enProtocol,
    incident: enIncident,
    board: enBoard,
    log: enLog,
    report: enReport,
    room: enRoom,
    exercise: enExercise,
    media: enMedia,
    escalation: enEscalation,
    replay: enReplay,
  },
} as const;

export const I18N_NAMESPACES = [
  'common',
  'protocol',
  'incident',
  'board',
  'log',
  'report',
  'room',
  'exercise',
  'media',
  'escalation',
  'replay',
] as const;
export type I18nNamespace = (typeof I18N_NAMESPACES)[number];
