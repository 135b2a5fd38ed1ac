import {
  defaultSettings,
  SETTINGS_SCHEMA_VERSION,
  type Settings,
  settingsSchema,
} from '../../../shared/settings/schema';
import type { DocumentSpec } from '../storage/document-spec';

export const settingsDocument: DocumentSpec<Settings> = {
  kind: 'settings',
  label: { nl: 'de instellingen', en: 'the settings' },
  currentVersion: SETTINGS_SCHEMA_VERSION,
  schema: settingsSchema,
  migrations: [],
  create: defaultSettings,
};
