/** Dutch texts of the board feature (filled in by that feature). */
export const board = {};
