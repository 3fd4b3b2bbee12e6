import { matchesPattern, SITES } from '../sites/registry';

/** A job request's answer counts for a job the page reports within this long. */
export const JOB_POST_TTL_MS = 2 * 60_000;

/** How long a confirmation waits for a job request still under way in the tab (its answer is late). */
export const JOB_POST_WAIT_MS = 5_000;

/** Most unused successful job requests kept per tab and site; older ones are dropped. */
const MAX_UNUSED = 8;

/** The fields of webRequest `onBeforeRequest` this module reads. */
export interface JobPostDetails {
  requestId: string;
  url: string;
  method: string;
  tabId: number;
}

/** The fields of `onResponseStarted` / `onErrorOccurred` this module reads. */
export interface JobPostOutcome {
  requestId: string;
  statusCode?: number;
}

/** webRequest URL filters of every site's job requests (SiteAdapter.jobPosts). */
export function jobPostFilters(): string[] {
  return [...new Set(SITES.flatMap((site) => site.jobPosts ?? []))];
}

function siteOfJobPost(url: string): string | undefined {
  return SITES.find((site) => site.jobPosts?.some((pattern) => matchesPattern(pattern, url)))?.id;
}

/**
 * What webRequest saw of the requests that start image jobs (sites with `jobPosts`): each successful
 * (2xx) POST from a tab confirms one accepted job report of that tab's page, once. A page script can
 * forge a report but not a request the browser sent and the site answered; a site's service worker
 * that answers the request itself never reaches webRequest either. Kept in memory: a job is reported
 * seconds after its request, while the worker is awake for that very request.
 */
export function createJobPosts(now: () => number = () => Date.now()) {
  const pending = new Map<string, { tabId: number; site: string }>();
  const unused = new Map<string, number[]>();
  const slot = (tabId: number, site: string) => `${tabId}\n${site}`;
  const live = (key: string): number[] => {
    const times = (unused.get(key) ?? []).filter((at) => now() - at <= JOB_POST_TTL_MS);
    unused.set(key, times);
    return times;
  };
  const takeOne = (tabId: number, site: string): boolean => {
    const times = live(slot(tabId, site));
    if (times.length === 0) return false;
    times.shift();
    return true;
  };

  return {
    onBeforeRequest(details: JobPostDetails): void {
      if (details.method !== 'POST' || details.tabId < 0) return;
      const site = siteOfJobPost(details.url);
      if (site) pending.set(details.requestId, { tabId: details.tabId, site });
    },
    onResponseStarted(details: JobPostOutcome): void {
      const post = pending.get(details.requestId);
      pending.delete(details.requestId);
      const status = details.statusCode ?? 0;
      if (!post || status < 200 || status > 299) return;
      const times = live(slot(post.tabId, post.site));
      times.push(now());
      if (times.length > MAX_UNUSED) times.shift();
    },
    onErrorOccurred(details: JobPostOutcome): void {
      pending.delete(details.requestId);
    },
    /**
     * Uses up one successful job request of `site` seen from `tabId`; false when there is none within
     * JOB_POST_WAIT_MS. It waits even when this worker has heard of no such request yet: the page may
     * read the answer, and its report arrive, before webRequest's events for that request do (seen in
     * Firefox under load).
     */
    async confirm(
      tabId: number,
      site: string,
      sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
    ): Promise<boolean> {
      const started = now();
      while (!takeOne(tabId, site)) {
        if (now() - started >= JOB_POST_WAIT_MS) return false;
        await sleep(100);
      }
      return true;
    },
  };
}

/** The job requests of one worker run (see createJobPosts). */
export type JobPosts = ReturnType<typeof createJobPosts>;
