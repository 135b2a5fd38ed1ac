import { z } from 'zod';
import { settingsPatchSchema, settingsSchema } from '../settings/schema';
import { method } from './define';

export const settingsMethods = {
  'settings.get': method(z.object({}), settingsSchema),
  'settings.update': method(settingsPatchSchema, settingsSchema),
};
