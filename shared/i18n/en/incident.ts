import type { incident as nl } from '../nl/incident';

export const incident: typeof nl = {};
