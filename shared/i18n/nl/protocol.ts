/** Dutch texts of the protocol feature (filled in by that feature). */
export const protocol = {};
