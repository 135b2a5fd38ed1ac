import { board as enBoard } from './en/board';
import { common as enCommon } from './en/common';
import { incident as enIncident } from './en/incident';
import { log as enLog } from './en/log';
import { protocol as enProtocol } from './en/protocol';
import { report as enReport } from './en/report';
import { room as enRoom } from './en/room';
import { board as nlBoard } from './nl/board';
import { common as nlCommon } from './nl/common';
import { incident as nlIncident } from './nl/incident';
import { log as nlLog } from './nl/log';
import { protocol as nlProtocol } from './nl/protocol';
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
  },
  en: {
    common: enCommon,
    protocol: enProtocol,
    incident: enIncident,
    board: enBoard,
    log: enLog,
    report: enReport,
    room: enRoom,
  },
} as const;

export const I18N_NAMESPACES = ['common', 'protocol', 'incident', 'board', 'log', 'report', 'room'] as const;
export type I18nNamespace = (typeof I18N_NAMESPACES)[number];
