/** Dutch texts of the incident feature (filled in by that feature). */
export const incident = {};
