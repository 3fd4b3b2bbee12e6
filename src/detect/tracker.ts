import type { SiteAdapter } from '../sites/types';
import { generatedImageKey, hasLoadedPicture, imagesIn } from './images';
import { watchSendIntents } from './intents';

/** What the page shows that may count. Keys are the site's own ids; they are hashed before storing. */
export type PageSignal =
  { kind: 'prompt'; messageKey: string } | { kind: 'image'; imageKey: string };

export interface TrackerTiming {
  now(): number;
  /** Only real user input is an intent; a page script's synthetic events are not (off in unit tests). */
  trustedEventsOnly: boolean;
  /** How long after an intent a new turn may still count. */
  intentWindowMs: number;
  /** How long after a counted send its generated images may still appear. */
  imageWindowMs: number;
  /** Least time between two scans of the page; mutations in between are batched. */
  scanThrottleMs: number;
}

export const DEFAULT_TIMING: TrackerTiming = {
  now: () => Date.now(),
  trustedEventsOnly: true,
  intentWindowMs: 15_000,
  imageWindowMs: 10 * 60_000,
  scanThrottleMs: 150,
};

/**
 * Watches one page of `site` and reports each new prompt and generated image once.
 *
 * History is never counted: a user turn counts only when its key is new, it is the last user turn and
 * it appeared after a send intent; keys on the page when the intent happens are the baseline. Images
 * count only after a counted send, below that send's turn, once loaded and keyed by the site's image
 * key. The page is scanned only while a send intent is pending, at most once per `scanThrottleMs`;
 * after a send, images are looked for only in what the mutations added or changed, so a long
 * streaming answer never costs a scan of the whole page.
 */
export function startTracker(
  site: Pick<
    SiteAdapter,
    'composer' | 'sendButton' | 'userTurn' | 'generatedImage' | 'newChatPath'
  >,
  doc: Document,
  emit: (signal: PageSignal) => void,
  timing: TrackerTiming = DEFAULT_TIMING,
): () => void {
  const seenTurns = new Set<string>();
  const seenImages = new Set<string>();
  let intents: number[] = [];
  let lastSendAt = -Infinity;
  let lastSendKey: string | null = null;
  let lastSendElement: Element | undefined;
  let lastUrl = doc.location?.href ?? 'about:blank';
  let scanTimer: ReturnType<typeof setTimeout> | undefined;
  /** Elements added or changed since the last image scan; only these may hold a new image. */
  const changed = new Set<Element>();

  const userTurns = (): Element[] => Array.from(doc.querySelectorAll(site.userTurn.selector));
  const markTurnsSeen = (): void => {
    for (const turn of userTurns()) {
      const key = site.userTurn.key(turn);
      if (key) seenTurns.add(key);
    }
  };
  // Only sites that show generated images keep watching after a send, and only for a while.
  const imagesArmed = (): boolean =>
    site.generatedImage !== undefined && timing.now() - lastSendAt < timing.imageWindowMs;

  const scanTurns = (now: number): void => {
    intents = intents.filter((at) => now - at < timing.intentWindowMs);
    const turns = userTurns();
    const last = turns[turns.length - 1];
    const key = last ? site.userTurn.key(last) : null;
    if (intents.length > 0 && key && !seenTurns.has(key)) {
      intents.shift();
      lastSendAt = now;
      lastSendKey = key;
      lastSendElement = last;
      emit({ kind: 'prompt', messageKey: key });
    }
    markTurnsSeen();
  };

  /** The last counted send's turn, found again by key only when the site re-rendered it. */
  const lastSendTurn = (): Element | undefined => {
    if (!lastSendElement?.isConnected || site.userTurn.key(lastSendElement) !== lastSendKey) {
      lastSendElement = userTurns().find((turn) => site.userTurn.key(turn) === lastSendKey);
    }
    return lastSendElement;
  };

  /** Images matching the site's query in the changed elements (each, or inside it). */
  const changedImages = (selector: string): Set<HTMLImageElement> => {
    const images = imagesIn(changed, selector);
    changed.clear();
    return images;
  };

  const onImageLoad = (event: Event): void => {
    changed.add(event.target as Element);
    scheduleScan();
  };

  const scanImages = (): void => {
    const query = site.generatedImage;
    if (!query) return;
    const images = changedImages(query.selector);
    if (images.size === 0) return;
    const anchor = lastSendTurn();
    for (const img of images) {
      const key = generatedImageKey(img, query);
      if (!key || seenImages.has(key)) continue;
      const below =
        anchor !== undefined &&
        (anchor.contains(img) ||
          !!(anchor.compareDocumentPosition(img) & Node.DOCUMENT_POSITION_FOLLOWING));
      if (!below) {
        seenImages.add(key); // an older turn's image, mounted again
      } else if (hasLoadedPicture(img)) {
        seenImages.add(key);
        emit({ kind: 'image', imageKey: key });
      } else {
        img.addEventListener('load', onImageLoad, { once: true });
      }
    }
  };

  const scan = (): void => {
    scanTimer = undefined;
    const url = doc.location?.href ?? '';
    if (url !== lastUrl) {
      // Leaving a new-chat page continues that chat (`/` → `/c/<id>`); any other move opens another
      // conversation, whose turns an unanswered intent must not adopt.
      if (!site.newChatPath?.test(new URL(lastUrl).pathname)) intents = [];
      lastUrl = url;
    }
    // With no intent pending no turn can count; the next intent takes its own baseline.
    if (intents.length > 0) scanTurns(timing.now());
    if (imagesArmed()) scanImages();
    else changed.clear();
  };

  function scheduleScan(): void {
    scanTimer ??= setTimeout(scan, timing.scanThrottleMs);
  }

  const onIntent = (): void => {
    // A turn from the previous send may still await its scan: settle it before taking the baseline.
    if (scanTimer !== undefined) {
      clearTimeout(scanTimer);
      scan();
    }
    markTurnsSeen();
    // The intent belongs to the page the user is on now (the tracker does not watch URLs while idle).
    lastUrl = doc.location?.href ?? lastUrl;
    intents.push(timing.now());
    scheduleScan();
  };

  const markImagesSeen = (): void => {
    const query = site.generatedImage;
    if (!query) return;
    for (const img of Array.from(doc.querySelectorAll<HTMLImageElement>(query.selector))) {
      const key = query.key(img);
      if (key) seenImages.add(key);
    }
  };

  markTurnsSeen();
  markImagesSeen();
  const stopIntents = watchSendIntents(doc, site, onIntent, timing.trustedEventsOnly);
  const observer = new MutationObserver((records) => {
    if (intents.length === 0 && !imagesArmed()) return;
    // While an intent is pending too: the send's answer may bring its image in the same batch.
    if (site.generatedImage) {
      // Runs for every streamed token: index the NodeList rather than copying it.
      for (const record of records) {
        if (record.type === 'attributes') changed.add(record.target as Element);
        const added = record.addedNodes;
        for (let i = 0; i < added.length; i++) {
          const node = added[i]!;
          if (node.nodeType === Node.ELEMENT_NODE) changed.add(node as Element);
        }
      }
    }
    scheduleScan();
  });
  // Attributes too: an edit may re-key a turn in place, and an image may get its real src late.
  observer.observe(doc.documentElement, { childList: true, subtree: true, attributes: true });
  return () => {
    observer.disconnect();
    stopIntents();
    if (scanTimer) clearTimeout(scanTimer);
  };
}
