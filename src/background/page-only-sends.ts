import type { UsageEvent } from '../domain/usage-event';

/** A prompt a tab's page reported from its own signal, whose network confirmation has not come. */
interface PageOnlySend {
  id: string;
  site: string;
  trigger: UsageEvent['trigger'];
  at: number;
}

/** Most page-only sends kept per tab; a page that reports more without confirmations is not a chat. */
const MAX_PER_TAB = 20;

/**
 * The prompts each tab's page reported without a network confirmation, for `windowMs` (the page's own
 * pairing window). A confirmation the background cannot hand to the page (it reloaded or closed between
 * the response and the relay) joins the oldest of them instead of counting the send a second time.
 * Kept in memory: it matters only for seconds, while the messages keep the worker awake.
 */
export function createPageOnlySends(now: () => number, windowMs: number) {
  const byTab = new Map<number, PageOnlySend[]>();
  const fresh = (tabId: number): PageOnlySend[] => {
    const sends = (byTab.get(tabId) ?? []).filter((send) => now() - send.at < windowMs);
    if (sends.length > 0) byTab.set(tabId, sends);
    else byTab.delete(tabId);
    return sends;
  };
  return {
    /** Notes a prompt a tab's page reported: from the page alone it waits; from the network it is paired. */
    noteReported(tabId: number, event: UsageEvent): void {
      if (event.kind !== 'prompt') return;
      const sends = fresh(tabId).filter((send) => send.id !== event.id);
      if (event.source === 'dom') {
        sends.push({ id: event.id, site: event.site, trigger: event.trigger, at: now() });
      }
      if (sends.length > 0) byTab.set(tabId, sends.slice(-MAX_PER_TAB));
      else byTab.delete(tabId);
    },
    /** Takes the oldest waiting send of this tab, site and trigger: the id its confirmation joins. */
    take(tabId: number, site: string, trigger: UsageEvent['trigger']): string | undefined {
      const sends = fresh(tabId);
      const index = sends.findIndex((send) => send.site === site && send.trigger === trigger);
      if (index < 0) return undefined;
      const [send] = sends.splice(index, 1);
      if (sends.length === 0) byTab.delete(tabId);
      return send?.id;
    },
    /** Forgets every waiting send (the user reset their data). */
    clear(): void {
      byTab.clear();
    },
  };
}

/** See createPageOnlySends. */
export type PageOnlySends = ReturnType<typeof createPageOnlySends>;
