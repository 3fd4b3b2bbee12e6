import { z } from 'zod';
import { matchesPattern, SITES } from '../sites/registry';
import type { NavigatedJobRule } from '../domain/site';
import { JobGrantSchema, type JobGrant } from '../storage/items';
import { oneAtATime } from './one-at-a-time';

/** A create post's grant lasts this long: the result page opens at once, its images within minutes. */
export const JOB_GRANT_TTL_MS = 10 * 60_000;

/** Most accepted jobs one tab may hold at once (a person queues a few); older ones are dropped. */
export const MAX_HELD_JOBS_PER_TAB = 20;

/** Where the grants are kept; `jobGrantsItem` in the extension, a variable in tests. */
export interface GrantStore {
  getValue(): Promise<unknown>;
  setValue(grants: JobGrant[]): Promise<void>;
}

/** The fields of webRequest `onBeforeRequest` this module reads. */
export interface PostDetails {
  requestId: string;
  url: string;
  method: string;
  tabId: number;
  type?: string;
}

/** The fields of `onBeforeRedirect` / `onResponseStarted` / `onErrorOccurred` this module reads. */
export interface PostOutcome {
  requestId: string;
  statusCode?: number;
  redirectUrl?: string;
}

/** webRequest URL filters of every site's create posts. */
export function navigatedJobFilters(): string[] {
  return [...new Set(SITES.flatMap((site) => site.navigatedJob?.urls ?? []))];
}

function ruleFor(url: string): { site: string; rule: NavigatedJobRule } | undefined {
  const path = new URL(url).pathname;
  for (const site of SITES) {
    const rule = site.navigatedJob;
    if (rule?.path.test(path) && rule.urls.some((pattern) => matchesPattern(pattern, url)))
      return { site: site.id, rule };
  }
  return undefined;
}

/**
 * Grants image jobs to tabs. A main-frame POST to a site's create path that the server accepts (a
 * redirect to the job) grants its tab that one job, named by the redirect's job id; should a redirect
 * name none, the result page's first claim names it. Only that job's pages are granted, only in that
 * tab, only for JOB_GRANT_TTL_MS; a new post replaces the tab's grant.
 */
export function createJobGrants(store: GrantStore, now: () => number = () => Date.now()) {
  const pending = new Map<string, { site: string; rule: NavigatedJobRule; tabId: number }>();
  const serially = oneAtATime();
  const change = (edit: (live: JobGrant[]) => JobGrant[]): Promise<void> =>
    serially(async () => {
      const stored = z.array(JobGrantSchema).safeParse(await store.getValue());
      const live = (stored.success ? stored.data : []).filter(
        (grant) => now() - grant.at <= JOB_GRANT_TTL_MS,
      );
      await store.setValue(edit(live));
    });

  const settle = async (details: PostOutcome): Promise<void> => {
    const post = pending.get(details.requestId);
    pending.delete(details.requestId);
    const status = details.statusCode ?? 0;
    // Bing answers an accepted prompt with a redirect to its job and a refused one with a page (200).
    if (!post || status < 300 || status > 399) return;
    let jobKey: string | undefined;
    try {
      if (details.redirectUrl) jobKey = post.rule.jobKey(new URL(details.redirectUrl)) ?? undefined;
    } catch {
      // An unreadable redirect names no job; the result page's claim will.
    }
    const grant: JobGrant = { tabId: post.tabId, site: post.site, at: now(), jobKey };
    await change((live) => [
      ...live.filter((g) => g.tabId !== post.tabId || g.site !== post.site),
      grant,
    ]);
  };

  return {
    onBeforeRequest(details: PostDetails): void {
      if (details.method !== 'POST' || details.tabId < 0 || details.type !== 'main_frame') return;
      const match = ruleFor(details.url);
      if (match) pending.set(details.requestId, { ...match, tabId: details.tabId });
    },
    /** The post's answer: `onBeforeRedirect` (a 3xx with its target) or `onResponseStarted` (no job). */
    onOutcome: settle,
    onErrorOccurred(details: PostOutcome): void {
      pending.delete(details.requestId);
    },
    /** Whether the page in `tabId` may count the images of `jobKey` on `site`. */
    async claim(tabId: number, site: string, jobKey: string): Promise<boolean> {
      let granted = false;
      await change((live) =>
        live.map((grant) => {
          const serves =
            grant.tabId === tabId &&
            grant.site === site &&
            (grant.jobKey === undefined || grant.jobKey === jobKey);
          if (!serves) return grant;
          granted = true;
          return { ...grant, jobKey };
        }),
      );
      return granted;
    },
    /**
     * Keeps an accepted job of the page in `tabId` (it started after a real gesture there) so that a
     * reload before it finishes loses nothing: the reloaded page asks for it back with `held`.
     */
    async hold(tabId: number, site: string, jobKey: string, images: number): Promise<void> {
      await change((live) => {
        const others = live.filter(
          (g) => !(g.tabId === tabId && g.site === site && g.jobKey === jobKey),
        );
        const tabs = others.filter((g) => g.tabId === tabId && g.images !== undefined);
        const dropped = new Set(
          tabs.slice(0, Math.max(0, tabs.length + 1 - MAX_HELD_JOBS_PER_TAB)),
        );
        return [
          ...others.filter((g) => !dropped.has(g)),
          { tabId, site, at: now(), jobKey, images },
        ];
      });
    },
    /** The jobs the page in `tabId` holds on `site` (see hold), with the image count each was accepted with. */
    async held(tabId: number, site: string): Promise<{ jobKey: string; images: number }[]> {
      const held: { jobKey: string; images: number }[] = [];
      await change((live) => {
        for (const g of live) {
          if (g.tabId === tabId && g.site === site && g.jobKey && g.images !== undefined)
            held.push({ jobKey: g.jobKey, images: g.images });
        }
        return live;
      });
      return held;
    },
  };
}

/** The grants of one worker run (see createJobGrants). */
export type JobGrants = ReturnType<typeof createJobGrants>;
