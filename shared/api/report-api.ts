/** Methods of the report feature. Filled in by that feature; merged into the contract in contract.ts. */
export const reportMethods = {};
