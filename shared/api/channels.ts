/** The two IPC channels of the one API (main and preload must agree; one place for both). */
export const INVOKE_CHANNEL = 'api:invoke';
export const EVENT_CHANNEL = 'api:event';
