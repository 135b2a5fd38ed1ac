import type { log as nl } from '../nl/log';

export const log: typeof nl = {};
