import { board as enBoard } from './en/board';
import { calendar as enCalendar } from './en/calendar';
import { cli as enCli } from './en/cli';
import { common as enCommon } from './en/common';
import { document as enDocument } from './en/document';
import { escalation as enEscalation } from './en/escalation';
import { evaluation as enEvaluation } from './en/evaluation';
import { exercise as enExercise } from './en/exercise';
import { incident as enIncident } from './en/incident';
import { integrity as enIntegrity } from './en/integrity';
import { log as enLog } from './en/log';
import { media as enMedia } from './en/media';
import { print as enPrint } from './en/print';
import { protocol as enProtocol } from './en/protocol';
import { replay as enReplay } from './en/replay';
import { report as enReport } from './en/report';
import { room as enRoom } from './en/room';
import { validation as enValidation } from './en/validation';
import { board as nlBoard } from './nl/board';
import { calendar as nlCalendar } from './nl/calendar';
import { cli as nlCli } from './nl/cli';
import { common as nlCommon } from './nl/common';
import { document as nlDocument } from './nl/document';
import { escalation as nlEscalation } from './nl/escalation';
import { evaluation as nlEvaluation } from './nl/evaluation';
import { exercise as nlExercise } from './nl/exercise';
import { incident as nlIncident } from './nl/incident';
import { integrity as nlIntegrity } from './nl/integrity';
import { log as nlLog } from './nl/log';
import { media as nlMedia } from './nl/media';
import { print as nlPrint } from './nl/print';
import { protocol as nlProtocol } from './nl/protocol';
import { replay as nlReplay } from './nl/replay';
import { report as nlReport } from './nl/report';
import { room as nlRoom } from './nl/room';
import { validation as nlValidation } from './nl/validation';

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
    calendar: nlCalendar,
    cli: nlCli,
    validation: nlValidation,
    print: nlPrint,
    integrity: nlIntegrity,
    evaluation: nlEvaluation,
    document: nlDocument,
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
    calendar: enCalendar,
    cli: enCli,
    validation: enValidation,
    print: enPrint,
    integrity: enIntegrity,
    evaluation: enEvaluation,
    document: enDocument,
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
  'calendar',
  'cli',
  'validation',
  'print',
  'integrity',
  'evaluation',
  'document',
] as const;
export type I18nNamespace = (typeof I18N_NAMESPACES)[number];
