import type { protocol as nl } from '../nl/protocol';

export const protocol: typeof nl = {};
