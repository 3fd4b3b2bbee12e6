import type { SiteAdapter } from '../domain/site';
import { CHAT_IMAGES_PER_SEND } from '../domain/image-caps';
import { fromOnward, generatedImageKey, hasLoadedPicture, imagesIn } from './images';
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
 * key. The page is scanned only while a send intent is pending or a send's images may still come, at
 * most once per `scanThrottleMs`. Images are looked for only from the send's turn onward, so a long
 * streaming answer never costs a scan of the whole page. The mutation observer only wakes the scan:
 * it sleeps from its first callback until the scan has run (a streamed answer mutates the page on
 * every token) and whenever nothing is pending.
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
  /** Images counted under the last counted send; at most CHAT_IMAGES_PER_SEND. */
  let imagesOfSend = 0;
  let lastSendKey: string | null = null;
  let lastSendElement: Element | undefined;
  let lastUrl = doc.location?.href ?? 'about:blank';
  let scanTimer: ReturnType<typeof setTimeout> | undefined;

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
      imagesOfSend = 0;
      lastSendKey = key;
      lastSendElement = last;
      emit({ kind: 'prompt', messageKey: key });
    }
    markTurnsSeen();
  };

  /**
   * The last counted send's turn, found again by key only when the site re-rendered it. When it is no
   * longer on the page (another conversation opened), its images can no longer be told from others':
   * the watch for them ends, so the next scans do not search the whole page for it again.
   */
  const lastSendTurn = (): Element | undefined => {
    if (!lastSendElement?.isConnected || site.userTurn.key(lastSendElement) !== lastSendKey) {
      lastSendElement = userTurns().find((turn) => site.userTurn.key(turn) === lastSendKey);
      if (!lastSendElement) lastSendAt = -Infinity;
    }
    return lastSendElement;
  };

  // One listener for every pending image: adding it again to the same image adds nothing.
  const onImageLoad = (): void => scheduleScan();

  /** New, loaded generated images from the last counted send's turn onward (older turns never count). */
  const scanImages = (): void => {
    const query = site.generatedImage;
    const anchor = lastSendTurn();
    if (!query || !anchor) return;
    for (const img of imagesIn(fromOnward(anchor), query.selector)) {
      const key = generatedImageKey(img, query);
      if (!key || seenImages.has(key)) continue;
      if (hasLoadedPicture(img)) {
        seenImages.add(key);
        // More than an answer makes is a page adding images, not the model.
        if (imagesOfSend >= CHAT_IMAGES_PER_SEND) continue;
        imagesOfSend += 1;
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
    // Reading the page and waking the observer in one task: no mutation can fall in between.
    if (intents.length > 0 || imagesArmed()) wake();
    else sleep();
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
    // Images on the page now are the baseline too: an edit of an older turn puts them below its send.
    markImagesSeen();
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
  // The scan reads the page as it is, so the records are not needed: one callback is enough until then.
  const observer = new MutationObserver(() => {
    sleep();
    scheduleScan();
  });
  let awake = false;
  function wake(): void {
    if (awake) return;
    // Attributes too: an edit may re-key a turn in place, and an image may get its real src late.
    observer.observe(doc.documentElement, { childList: true, subtree: true, attributes: true });
    awake = true;
  }
  function sleep(): void {
    if (!awake) return;
    observer.disconnect();
    awake = false;
  }
  return () => {
    observer.disconnect();
    stopIntents();
    if (scanTimer) clearTimeout(scanTimer);
  };
}
