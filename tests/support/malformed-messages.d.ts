/** `count` malformed messages from `seed`; see malformed-messages.js. */
export function malformedMessages(count: number, seed?: number): unknown[];
/** The time the generated events pretend it is. */
export const FUZZ_NOW: number;
