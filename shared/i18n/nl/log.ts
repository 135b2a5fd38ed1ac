/** Dutch texts of the log feature (filled in by that feature). */
export const log = {};
