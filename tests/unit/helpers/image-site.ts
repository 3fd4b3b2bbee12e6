import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { installImageJobBridge } from '../../../src/detect/image-job-bridge';
import { runOnPage } from '../../../src/detect/run-page';
import { DEFAULT_TIMING } from '../../../src/detect/tracker';
import type { UsageEvent } from '../../../src/messaging/protocol';
import type { ImageJob, SiteAdapter } from '../../../src/sites/types';
import { settle } from './page';

const FIXTURES = join(__dirname, '../../fixtures/sites');

/** A fixture's parsed JSON (the *-response-model.json files). */
export function fixtureJson(site: string, file: string): unknown {
  return JSON.parse(readFileSync(join(FIXTURES, site, file), 'utf8')) as unknown;
}

/**
 * What the site's rule of one kind (`accepted` jobs or `finished` polls) reads from one exchange; the
 * rule is found by URL and method, as the bridge does.
 */
export function readJobs(
  site: SiteAdapter,
  url: string,
  request: unknown,
  response: unknown,
  method = 'POST',
  reports: 'accepted' | 'finished' = 'accepted',
): ImageJob[] | null {
  const rule = site.imageJobs?.find(
    (r) =>
      r.url.test(url) && (r.method ?? 'POST') === method && (r.reports ?? 'accepted') === reports,
  );
  return rule ? rule.read(request, response, url) : null;
}

/** What the site's status poll at `url` reports finished. */
export const readFinished = (site: SiteAdapter, url: string, request: unknown, response: unknown) =>
  readJobs(site, url, request, response, 'POST', 'finished');

/** A click the browser made for a person (happy-dom cannot make trusted events). */
export function trustedClick(target: Element): void {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  target.dispatchEvent(event);
}

/** One request the page makes and what the stub server answers. */
export interface Exchange {
  url: string;
  method?: string;
  request?: unknown;
  response: unknown;
  status?: number;
}

/**
 * Runs the content script on the current document with the page-world bridge installed over a stub
 * `fetch`, and lets `act` drive the page. Returns every image event delivered to the background.
 */
export async function onImagePage(
  site: SiteAdapter,
  act: (page: {
    fetch(exchange: Exchange): Promise<void>;
    gesture(): void;
    /** The events delivered so far. */
    delivered(): UsageEvent[];
  }) => Promise<void>,
): Promise<UsageEvent[]> {
  const delivered: UsageEvent[] = [];
  const original = window.fetch;
  let answer: Exchange | undefined;
  window.fetch = (async () =>
    new Response(
      typeof answer!.response === 'string' ? answer!.response : JSON.stringify(answer!.response),
      { status: answer!.status ?? 200, headers: { 'content-type': 'application/json' } },
    )) as typeof window.fetch;
  // happy-dom leaves `source` null on window messages; a browser sets it to the posting window.
  const postMessage = window.postMessage;
  window.postMessage = ((data: unknown) => {
    setTimeout(() => window.dispatchEvent(new MessageEvent('message', { data, source: window })));
  }) as typeof window.postMessage;
  installImageJobBridge(window, site.imageJobs ?? []);
  const stop = runOnPage(
    site,
    window,
    {
      send: async (message) => {
        delivered.push((message as { event: UsageEvent }).event);
        return { ok: true, stored: true };
      },
      onNetworkSend: () => () => {},
      now: () => Date.now(),
    },
    { ...DEFAULT_TIMING, trustedEventsOnly: false },
  );
  try {
    await act({
      async fetch(exchange) {
        answer = exchange;
        const response = await window.fetch(exchange.url, {
          method: exchange.method ?? 'POST',
          body: exchange.request === undefined ? undefined : JSON.stringify(exchange.request),
        });
        await response.text(); // the page reads its body as usual
        await settle(30);
      },
      gesture: () => trustedClick(document.body),
      delivered: () => delivered.filter((event) => event !== undefined),
    });
    await settle(30);
  } finally {
    stop();
    window.fetch = original;
    window.postMessage = postMessage;
  }
  return delivered.filter((event) => event !== undefined);
}

/** The number of distinct image events. */
export const distinctImages = (events: UsageEvent[]): number =>
  new Set(events.filter((e) => e.kind === 'image').map((e) => e.id)).size;
