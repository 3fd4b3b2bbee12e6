import { promptKey } from '../domain/event-id';

/** One confirmation that a send happened, from the page (`dom`) or the network (`net`). */
export interface SendConfirmation {
  source: 'dom' | 'net';
  trigger: 'send' | 'regenerate';
  /** The site's client message id, when this signal has one that the other signal shares. */
  messageKey?: string;
  /** A key only this signal knows (a turn's position): dedupes, but cannot join with the network. */
  localKey?: string;
  /** The request's model family and mode, when the network read them (see src/sites/model-labels.ts). */
  model?: string;
  mode?: string;
}

/**
 * Joins the page's and the network's confirmations of one send into one event key, for a page's
 * lifetime. A shared message id joins them exactly (and derives the same id the background derives).
 * Without one, a confirmation pairs with the oldest unpaired one of the other signal with the same
 * trigger within `pairWindowMs`; failing that it is a send of its own. So the count survives either
 * signal breaking, and never doubles when both work.
 */
export function createSendLedger(options: {
  now(): number;
  pairWindowMs: number;
  pageNonce: string;
}) {
  interface Entry {
    eventKey: string;
    trigger: SendConfirmation['trigger'];
    sources: Set<SendConfirmation['source']>;
    messageKey?: string;
    pairable: boolean;
    at: number;
  }
  let entries: Entry[] = [];
  let counter = 0;

  return {
    /** The event key this confirmation reports under (already reported when the send was seen before). */
    confirm(signal: SendConfirmation): string {
      const now = options.now();
      entries = entries.filter(
        (e) => e.messageKey !== undefined || now - e.at < options.pairWindowMs,
      );
      if (signal.messageKey !== undefined) {
        const same = entries.find((e) => e.messageKey === signal.messageKey);
        if (same) {
          same.sources.add(signal.source);
          return same.eventKey;
        }
        const eventKey = promptKey(signal.messageKey);
        entries.push({
          eventKey,
          trigger: signal.trigger,
          sources: new Set([signal.source]),
          messageKey: signal.messageKey,
          pairable: false,
          at: now,
        });
        return eventKey;
      }
      const partner = entries.find(
        (e) =>
          e.pairable &&
          e.trigger === signal.trigger &&
          !e.sources.has(signal.source) &&
          now - e.at < options.pairWindowMs,
      );
      if (partner) {
        partner.sources.add(signal.source);
        partner.pairable = false;
        return partner.eventKey;
      }
      const eventKey = signal.localKey
        ? `${signal.source}:${options.pageNonce}:${signal.localKey}`
        : `${signal.trigger}:${options.pageNonce}:${++counter}`;
      entries.push({
        eventKey,
        trigger: signal.trigger,
        sources: new Set([signal.source]),
        pairable: true,
        at: now,
      });
      return eventKey;
    },
  };
}
