import { AppError } from '../../../shared/errors/app-error';
import { INCIDENT_SCHEMA_VERSION, type Incident, incidentSchema } from '../../../shared/incident/schema';
import type { DocumentSpec } from '../storage/document-spec';

/** incidents/<id>.json. There is no sensible empty incident: create() is never used to fill a gap. */
export const incidentDocument: DocumentSpec<Incident> = {
  kind: 'incident',
  label: { nl: 'het incident', en: 'the incident' },
  currentVersion: INCIDENT_SCHEMA_VERSION,
  schema: incidentSchema,
  migrations: [],
  create() {
    throw new AppError('incident.missing', {
      nl: 'Dit incident bestaat niet (meer).',
      en: 'This incident does not exist (any more).',
    });
  },
};

export const incidentPath = (id: string): string => `incidents/${id}.json`;
export const journalPath = (id: string): string => `incidents/${id}.log.jsonl`;
