import type { Ack, RecordUsageMessage } from './protocol';
import type { ReportedEvent } from '../domain/usage-event';

/** Delays between attempts; keys (the background derives one id per key) make repeats harmless. */
const RETRY_DELAYS_MS = [250, 1000, 3000, 10_000, 30_000];

/**
 * Delivers events to the background until it acknowledges them. The service worker may be asleep,
 * restarting or briefly failing to write; nothing is dropped until it says so or retries run out.
 */
export function createOutbox(
  send: (message: unknown) => Promise<unknown>,
): (event: ReportedEvent) => void {
  const deliver = async (event: ReportedEvent, attempt: number): Promise<void> => {
    let retry = true;
    try {
      const message: RecordUsageMessage = { type: 'record-usage', event };
      const ack = (await send(message)) as Ack | undefined;
      if (ack?.ok) return;
      retry = ack?.retry ?? true;
    } catch (error) {
      // A reloaded or removed extension leaves this script orphaned: nothing can be delivered.
      if (String(error).includes('context invalidated')) return;
    }
    const delay = RETRY_DELAYS_MS[attempt];
    if (retry && delay !== undefined) setTimeout(() => void deliver(event, attempt + 1), delay);
  };
  return (event) => void deliver(event, 0);
}
