import type { report as nl } from '../nl/report';

export const report: typeof nl = {};
