/** Methods of the protocol feature. Filled in by that feature; merged into the contract in contract.ts. */
export const protocolMethods = {};
