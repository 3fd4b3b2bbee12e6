import { createOutbox } from '../messaging/outbox';
import type { UsageEvent } from '../messaging/protocol';
import type { SiteAdapter } from '../sites/types';
import { eventId, imageKey, promptKey } from './event-id';
import { startTracker, type PageSignal } from './tracker';

/** Turns a page signal into the event the background stores. */
export async function eventFromSignal(
  site: string,
  signal: PageSignal,
  at: number,
): Promise<UsageEvent> {
  const image = signal.kind === 'image';
  return {
    id: await eventId(site, image ? imageKey(signal.imageKey) : promptKey(signal.messageKey)),
    site,
    kind: image ? 'image' : 'prompt',
    trigger: image ? 'image' : 'send',
    at,
    source: 'dom',
  };
}

/** Content-script body: watch this page of `site` and deliver what counts to the background. */
export function runOnPage(
  site: SiteAdapter,
  doc: Document,
  send: (message: unknown) => Promise<unknown>,
): () => void {
  const deliver = createOutbox(send);
  return startTracker(site, doc, (signal) => {
    void eventFromSignal(site.id, signal, Date.now()).then(deliver);
  });
}
