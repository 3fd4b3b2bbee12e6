import { describe, expect, it } from 'vitest';
import {
  createJobPosts,
  JOB_POST_TTL_MS,
  JOB_POST_WAIT_MS,
  jobPostFilters,
} from '../../../src/background/job-posts';

const SUBMIT = 'https://www.midjourney.com/api/submit-jobs';

function posts() {
  let now = 1_000_000;
  const jobPosts = createJobPosts(() => now);
  const sleep = (ms: number) => {
    now += ms;
    return Promise.resolve();
  };
  let id = 0;
  const post = (url = SUBMIT, tabId = 7, statusCode: number | null = 200) => {
    const requestId = String(++id);
    jobPosts.onBeforeRequest({ requestId, url, method: 'POST', tabId });
    if (statusCode !== null) jobPosts.onResponseStarted({ requestId, statusCode });
    return requestId;
  };
  return {
    jobPosts,
    post,
    confirm: (site = 'midjourney', tabId = 7) => jobPosts.confirm(tabId, site, sleep),
    pass: (ms: number) => (now += ms),
  };
}

describe('job requests seen by webRequest', () => {
  it('filters name each site with jobPosts', () => {
    expect(jobPostFilters()).toContain('https://www.midjourney.com/api/submit-jobs*');
    expect(jobPostFilters()).toContain('https://ideogram.ai/api/images/sample*');
  });

  it('one successful POST confirms one job report, once', async () => {
    const { post, confirm } = posts();
    post();
    expect(await confirm()).toBe(true);
    expect(await confirm()).toBe(false);
  });

  it('a refused POST, a GET, another tab or another site confirms nothing', async () => {
    const { jobPosts, post, confirm } = posts();
    post(SUBMIT, 7, 429);
    jobPosts.onBeforeRequest({ requestId: 'g', url: SUBMIT, method: 'GET', tabId: 7 });
    jobPosts.onResponseStarted({ requestId: 'g', statusCode: 200 });
    post(SUBMIT, 8);
    post('https://ideogram.ai/api/images/sample');
    expect(await confirm()).toBe(false);
    expect(await confirm('ideogram')).toBe(true);
    expect(await confirm('midjourney', 8)).toBe(true);
  });

  it('a POST that failed on the way confirms nothing; one past its time neither', async () => {
    const { jobPosts, post, confirm, pass } = posts();
    jobPosts.onErrorOccurred({ requestId: post(SUBMIT, 7, null) });
    expect(await confirm()).toBe(false);
    post();
    pass(JOB_POST_TTL_MS + 1);
    expect(await confirm()).toBe(false);
  });

  it('waits for a POST webRequest has not reported yet, not for ever', async () => {
    const { post, confirm } = posts();
    const answered = confirm();
    post(); // the browser's events for the request come after the page's report
    expect(await answered).toBe(true);
  });

  it('waits for a POST still under way, not for ever', async () => {
    const { jobPosts, post, confirm } = posts();
    const requestId = post(SUBMIT, 7, null);
    const answered = confirm();
    jobPosts.onResponseStarted({ requestId, statusCode: 200 });
    expect(await answered).toBe(true);
    post(SUBMIT, 7, null);
    const started = Date.now();
    expect(await confirm()).toBe(false);
    expect(Date.now() - started).toBeLessThan(JOB_POST_WAIT_MS);
  });
});
