/**
 * How long a page and a network confirmation of one send may lie apart and still be paired: the page's
 * ledger pairs within it, and the background joins a confirmation no page took to a page-only send
 * within it.
 */
export const PAIR_WINDOW_MS = 20_000;
