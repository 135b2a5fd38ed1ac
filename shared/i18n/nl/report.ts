/** Dutch texts of the report feature (filled in by that feature). */
export const report = {};
