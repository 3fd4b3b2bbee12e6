import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { installImageJobBridge } from '../../../src/detect/image-job-bridge';
import { installSocketBridge, listenToSocketBridge } from '../../../src/detect/socket-bridge';
import { createFinishingJobCounter, type HeldJob } from '../../../src/detect/finishing-jobs';
import { runOnPage } from '../../../src/detect/run-page';
import { DEFAULT_TIMING } from '../../../src/detect/tracker';
import type { ReportedEvent } from '../../../src/domain/usage-event';
import { finishesByPoll } from '../../../src/domain/site';
import type { BridgeRules, ImageJob, SiteAdapter } from '../../../src/domain/site';
import { bridgeRulesOf } from './bridge-rules';
import { settle } from './page';

const FIXTURES = join(__dirname, '../../sites');

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
  const rule = bridgeRulesOf(site).imageJobs?.find(
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
 * Runs the content script on the current document after `install` set up the page world (it returns
 * how to undo that), lets `act` drive the page and returns every event delivered to the background.
 */
async function onBridgedPage(
  site: SiteAdapter,
  install: () => () => void,
  act: (delivered: () => ReportedEvent[]) => Promise<void>,
  tab: HeldJobsOfTab = { held: [] },
): Promise<ReportedEvent[]> {
  const delivered: ReportedEvent[] = [];
  // happy-dom leaves `source` null on window messages; a browser sets it to the posting window.
  const postMessage = window.postMessage;
  window.postMessage = ((data: unknown) => {
    setTimeout(() => window.dispatchEvent(new MessageEvent('message', { data, source: window })));
  }) as typeof window.postMessage;
  const uninstall = install();
  const stop = runOnPage(
    site,
    window,
    {
      send: async (message) => {
        const { type, jobKey, images } = message as HeldJob & { type: string };
        if (type === 'held-image-jobs') return { ok: true, stored: false, held: [...tab.held] };
        if (type === 'hold-image-job') {
          tab.held = [...tab.held.filter((job) => job.jobKey !== jobKey), { jobKey, images }];
          return { ok: true, stored: false };
        }
        delivered.push((message as { event: ReportedEvent }).event);
        return { ok: true, stored: true };
      },
      onNetworkSend: () => () => {},
      now: () => Date.now(),
    },
    { ...DEFAULT_TIMING, trustedEventsOnly: false },
    {
      ...(site.bridge?.socketSends && { listenToSocketBridge }),
      ...(finishesByPoll(site) && { createFinishingJobCounter }),
    },
  );
  const deliveredSoFar = () => delivered.filter((event) => event !== undefined);
  try {
    await act(deliveredSoFar);
    await settle(30);
  } finally {
    stop();
    uninstall();
    window.postMessage = postMessage;
  }
  return deliveredSoFar();
}

/** The background's held jobs of one tab (job-grants `hold`/`held`), kept across pages of a test. */
export interface HeldJobsOfTab {
  held: HeldJob[];
}

/**
 * Runs the content script on the current document with the page-world bridge installed over a stub
 * `fetch`, and lets `act` drive the page. Returns every event delivered to the background. Pass the
 * same `tab` to two calls to load the page again in the same tab; `rules` are the bridge's (the
 * site module's own by default).
 */
export async function onImagePage(
  site: SiteAdapter,
  act: (page: {
    fetch(exchange: Exchange): Promise<void>;
    gesture(): void;
    /** The events delivered so far. */
    delivered(): ReportedEvent[];
  }) => Promise<void>,
  tab?: HeldJobsOfTab,
  rules: BridgeRules = bridgeRulesOf(site),
): Promise<ReportedEvent[]> {
  let answer: Exchange | undefined;
  const install = () => {
    const original = window.fetch;
    window.fetch = (async () =>
      new Response(
        typeof answer!.response === 'string' ? answer!.response : JSON.stringify(answer!.response),
        { status: answer!.status ?? 200, headers: { 'content-type': 'application/json' } },
      )) as typeof window.fetch;
    installImageJobBridge(window, rules.imageJobs ?? []);
    return () => {
      window.fetch = original;
    };
  };
  return onBridgedPage(
    site,
    install,
    (delivered) =>
      act({
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
        delivered,
      }),
    tab,
  );
}

/** A stand-in for the page's WebSocket: records what the page sends; `receive` plays a server frame. */
export class FakeSocket extends EventTarget {
  readonly sent: string[] = [];
  constructor(readonly url: string) {
    super();
  }
  send(data: string): void {
    this.sent.push(data);
  }
  /** A frame from the server (JSON). */
  receive(frame: unknown): void {
    this.dispatchEvent(new MessageEvent('message', { data: JSON.stringify(frame) }));
  }
}

/**
 * Runs the content script on the current document with the page-world socket bridge installed over
 * `FakeSocket`, and lets `act` open sockets and play frames. Returns every event delivered.
 */
export async function onSocketPage(
  site: SiteAdapter,
  act: (page: { open(url: string): FakeSocket; gesture(): void }) => Promise<void>,
): Promise<ReportedEvent[]> {
  const install = () => {
    const original = window.WebSocket;
    const send = FakeSocket.prototype.send;
    window.WebSocket = FakeSocket as unknown as typeof WebSocket;
    installSocketBridge(window, bridgeRulesOf(site).socket ?? []);
    return () => {
      FakeSocket.prototype.send = send; // the bridge wrapped it
      window.WebSocket = original;
    };
  };
  return onBridgedPage(site, install, () =>
    act({
      open: (url) => new window.WebSocket(url) as unknown as FakeSocket,
      gesture: () => trustedClick(document.body),
    }),
  );
}

/** The number of distinct image events. */
export const distinctImages = (events: ReportedEvent[]): number =>
  new Set(events.filter((e) => e.kind === 'image').map((e) => e.key)).size;
