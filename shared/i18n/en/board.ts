import type { board as nl } from '../nl/board';

export const board: typeof nl = {};
