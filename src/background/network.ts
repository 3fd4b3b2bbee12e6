import { promptKey } from '../domain/event-id';
import type { UsageEvent } from '../domain/usage-event';
import type { NetworkSendMessage } from '../messaging/relay';
import { matchesPattern, SITES, siteById, siteForUrl } from '../sites/registry';
import type { NetworkSignal, NetworkSendRule, RequestBodyView } from '../domain/site';
import { REQUEST_LABELS, type ModelLabel } from '../sites/model-labels';
import type { EventIds } from './event-ids';
import type { PageOnlySends } from './page-only-sends';

/** The fields of a webRequest `onBeforeRequest` event this module reads (Chrome and Firefox). */
export interface SendRequestDetails {
  requestId: string;
  url: string;
  method: string;
  tabId: number;
  frameId?: number;
  timeStamp: number;
  requestBody?: {
    raw?: { bytes?: ArrayBuffer }[];
    formData?: Record<string, (string | ArrayBuffer)[]>;
  } | null;
  /** Chrome: origin of the page that made the request. */
  initiator?: string;
  /** Firefox: URL of the page that made the request. */
  documentUrl?: string;
}

/** The fields of `onResponseStarted` / `onErrorOccurred` this module reads. */
export interface ResponseDetails {
  requestId: string;
  statusCode?: number;
}

/** webRequest URL filters covering every site's send endpoints. */
export function sendRequestFilters(): string[] {
  return [...new Set(SITES.flatMap((site) => (site.network ?? []).flatMap((rule) => rule.urls)))];
}

/** Reads a request body without assuming its format; unreadable bodies give an empty view. */
export function readRequestBody(body: SendRequestDetails['requestBody']): RequestBodyView {
  if (body?.formData) {
    const entries = Object.entries(body.formData).map(([name, values]) => [
      name,
      values.filter((value): value is string => typeof value === 'string'),
    ]);
    return { form: Object.fromEntries(entries) as Record<string, string[]> };
  }
  const parts =
    body?.raw?.flatMap((part) => (part.bytes ? [new Uint8Array(part.bytes)] : [])) ?? [];
  if (parts.length === 0) return {};
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((offset, p) => (bytes.set(p, offset), offset + p.length), 0);
  try {
    return { json: JSON.parse(new TextDecoder().decode(bytes)) as unknown };
  } catch {
    return {};
  }
}

/** The site and rule a request belongs to: its URL under the rule's filters and its path a send path. */
function ruleFor(url: string): { site: string; rule: NetworkSendRule } | undefined {
  const path = new URL(url).pathname;
  for (const site of SITES) {
    const rule = site.network?.find(
      (r) => r.path.test(path) && r.urls.some((pattern) => matchesPattern(pattern, url)),
    );
    if (rule) return { site: site.id, rule };
  }
  return undefined;
}

/**
 * Was the request made by a page of `site`? Firefox gives the page URL; Chrome gives only the page's
 * origin, which then must be an origin of the site's pages (huggingface.co for huggingface.co/chat*).
 */
function madeBySitePage(details: SendRequestDetails, site: string): boolean {
  if (details.documentUrl) return siteForUrl(details.documentUrl)?.id === site;
  const origin = details.initiator;
  if (!origin) return false;
  return (siteById(site)?.matches ?? []).some((pattern) =>
    matchesPattern(pattern.replace(/^([^:]+:\/\/[^/]+)\/.*$/, '$1/*'), `${origin}/`),
  );
}

/** Hands a confirmation to the tab's content script; resolves false when no content script took it. */
export type RelayToTab = (
  tabId: number,
  frameId: number,
  message: NetworkSendMessage,
) => Promise<boolean>;

/**
 * Confirms sends from the network: a POST to a site's send endpoint, made by a tab showing that site,
 * counts once the response starts with a 2xx status (a refused or rate-limited send counts nothing).
 * A send with the page's message id is stored here under the id the page derives too; one without is
 * relayed to the tab, whose ledger pairs it with the page's confirmation. If no page script answers
 * (none runs there, or the page reloaded or closed just then), it is stored here: joined to a send that
 * tab's page reported alone (`pageOnly`), else as a send of its own.
 */
export function createSendObserver(
  store: (event: UsageEvent) => Promise<unknown>,
  ids: EventIds,
  relay?: RelayToTab,
  pageOnly?: Pick<PageOnlySends, 'take' | 'noteReported'>,
) {
  const pending = new Map<
    string,
    {
      site: string;
      signal: NetworkSignal;
      label?: ModelLabel;
      at: number;
      tabId: number;
      frameId: number;
    }
  >();
  return {
    onBeforeRequest(details: SendRequestDetails): void {
      if (details.method !== 'POST' || details.tabId < 0) return;
      const match = ruleFor(details.url);
      if (!match || !madeBySitePage(details, match.site)) return;
      const body = readRequestBody(details.requestBody);
      const signal = match.rule.classify(body);
      if (signal) {
        pending.set(details.requestId, {
          site: match.site,
          signal,
          // Only the enum label is kept; the body (and the prompt in it) goes out of scope here.
          label: REQUEST_LABELS[match.site]?.(body),
          at: Math.round(details.timeStamp),
          tabId: details.tabId,
          frameId: details.frameId ?? 0,
        });
      }
    },
    async onResponseStarted(details: ResponseDetails): Promise<void> {
      const sent = pending.get(details.requestId);
      pending.delete(details.requestId);
      if (!sent || !details.statusCode || details.statusCode < 200 || details.statusCode > 299)
        return;
      if (!sent.signal.messageKey && relay) {
        const message: NetworkSendMessage = {
          type: 'network-send',
          trigger: sent.signal.trigger,
          ...sent.label,
        };
        if (await relay(sent.tabId, sent.frameId, message).catch(() => false)) return;
      }
      const key = sent.signal.messageKey
        ? promptKey(sent.signal.messageKey)
        : `${sent.signal.trigger}:${details.requestId}:${sent.at}`;
      const joined = sent.signal.messageKey
        ? undefined
        : pageOnly?.take(sent.tabId, sent.site, sent.signal.trigger);
      const event: UsageEvent = {
        id: joined ?? (await ids.idFor(sent.site, key)),
        site: sent.site,
        kind: 'prompt',
        trigger: sent.signal.trigger,
        at: sent.at,
        source: 'net',
        ...(sent.label && { ...sent.label, labelFrom: 'request' as const }),
      };
      // Under the page's own id (a message id) this confirms the page's report: it waits no more.
      pageOnly?.noteReported(sent.tabId, event);
      await store(event);
    },
    onErrorOccurred(details: ResponseDetails): void {
      pending.delete(details.requestId);
    },
  };
}
