// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BridgePost } from '../../../src/detect/bridge-channel';
import { installImageJobBridge } from '../../../src/detect/image-job-bridge';
import type { BridgeRules, SiteAdapter } from '../../../src/domain/site';
import { NO_USER_TURNS } from '../../../src/sites/image-jobs';
import { settle } from '../helpers/page';
import { distinctImages, onImagePage } from '../helpers/image-site';

const site: SiteAdapter = {
  id: 'midjourney', // any registered id
  name: 'Image site',
  matches: ['https://www.midjourney.com/*'],
  composer: 'textarea',
  sendButton: 'button.generate',
  userTurn: NO_USER_TURNS,
  bridge: { imageJobs: 'accepted' },
};

const rules: BridgeRules = {
  imageJobs: [
    {
      url: /^https:\/\/api\.example\/generate$/,
      read: (request, response) => [
        {
          jobKey: (response as { id: string }).id,
          images: (request as { n: number }).n,
        },
      ],
    },
  ],
};

let posted: unknown[];
let original: typeof window.fetch;
/** The bridge's end of its private channel: records what it sends. */
const channel: BridgePost = (message) => void posted.push(message);
beforeEach(() => {
  posted = [];
  original = window.fetch;
});
afterEach(() => {
  window.fetch = original;
});

describe('page-world image-job bridge', () => {
  it('passes on only job ids and counts, never the prompt, URL or bodies; the page gets its response', async () => {
    window.fetch = (async () =>
      new Response('{"id":"job-1","prompt":"secret words","url":"https://cdn.example/x.png"}', {
        status: 200,
      })) as typeof window.fetch;
    installImageJobBridge(window, rules.imageJobs!, channel);
    const response = await window.fetch('https://api.example/generate', {
      method: 'POST',
      body: '{"n":2,"prompt":"secret words"}',
    });
    expect(await response.json()).toMatchObject({ id: 'job-1' });
    await settle(30);
    const payloads = posted.map((m) => (m as Record<string, unknown>).imageJob);
    expect(payloads).toHaveLength(2);
    expect(payloads[0]).toMatchObject({ start: true });
    expect(payloads[1]).toMatchObject({ jobs: [{ jobKey: 'job-1', images: 2 }] });
    expect(JSON.stringify(posted)).not.toMatch(/secret|cdn\.example|api\.example/);
  });

  it('passes on a video job as {jobKey, videos, durationSec}, each cut down to its cap', async () => {
    window.fetch = (async () =>
      new Response('{"id":"clip-job"}', { status: 200 })) as typeof window.fetch;
    installImageJobBridge(
      window,
      [
        {
          url: /^https:\/\/api\.example\/video$/,
          read: () => [
            { jobKey: 'clip-job', videos: 9, durationSec: 999 },
            { jobKey: 'no-clips', videos: 0 },
          ],
        },
      ],
      channel,
    );
    await window.fetch('https://api.example/video', { method: 'POST', body: '{}' });
    await settle(30);
    const payloads = posted.map((m) => (m as Record<string, unknown>).imageJob);
    expect(payloads[1]).toEqual({
      ticket: expect.any(String),
      jobs: [{ jobKey: 'clip-job', videos: 4, durationSec: 25 }],
    });
  });

  it('reads a Request object and ignores other requests and other methods', async () => {
    window.fetch = (async () => new Response('{"id":"job-2"}')) as typeof window.fetch;
    installImageJobBridge(window, rules.imageJobs!, channel);
    await window.fetch('https://api.example/other', { method: 'POST', body: '{"n":1}' });
    await window.fetch('https://api.example/generate');
    await settle(30);
    expect(posted).toEqual([]);
    await window.fetch(
      new Request('https://api.example/generate', { method: 'POST', body: '{"n":3}' }),
    );
    await settle(30);
    expect(JSON.stringify(posted)).toContain('"images":3');
  });

  it('a failed exchange posts no job, and the page still sees the failure', async () => {
    window.fetch = (async () => new Response('{"id":"x"}', { status: 500 })) as typeof window.fetch;
    installImageJobBridge(window, rules.imageJobs!, channel);
    const response = await window.fetch('https://api.example/generate', {
      method: 'POST',
      body: '{"n":4}',
    });
    expect(response.status).toBe(500);
    await settle(30);
    expect(JSON.stringify(posted)).toContain('"jobs":[]');
  });
});

describe('page-world image-job bridge: status polls', () => {
  const polling: SiteAdapter = { ...site, bridge: { imageJobs: 'finished' } };
  const pollingRules: BridgeRules = {
    imageJobs: [
      ...rules.imageJobs!,
      {
        url: /^https:\/\/api\.example\/generate$/,
        reports: 'finished',
        read: (_request, response) => {
          const done = (response as { done?: string }).done;
          return done ? [{ jobKey: done, images: 2 }] : [];
        },
      },
    ],
  };

  it('a request under a start rule and a poll rule posts its jobs and what it finished; a poll alone posts no start', async () => {
    window.fetch = (async () => new Response('{"id":"j","done":"j0"}')) as typeof window.fetch;
    installImageJobBridge(window, pollingRules.imageJobs!.slice(1), channel);
    await window.fetch('https://api.example/generate', { method: 'POST', body: '{}' });
    await settle(30);
    const payloads = posted.map((m) => (m as Record<string, unknown>).imageJob);
    expect(payloads).toEqual([{ finished: [{ jobKey: 'j0', images: 2 }] }]);
  });

  it('counts a forged "finished" only for a job this page saw accepted after a gesture', async () => {
    const events = await onImagePage(
      polling,
      async (page) => {
        const forge = (message: object) => page.bridgePost({ imageJob: message });
        forge({ finished: [{ jobKey: 'never-accepted', images: 4 }] });
        page.gesture();
        await page.fetch({
          url: 'https://api.example/generate',
          request: { n: 3 },
          response: { id: 'a' },
        });
        forge({ finished: [{ jobKey: 'a' }] });
        await settle(30);
      },
      undefined,
      pollingRules,
    );
    expect(distinctImages(events)).toBe(3);
  });
});

describe('content script: image jobs', () => {
  beforeEach(() => {
    document.body.innerHTML =
      '<main><textarea></textarea><button class="generate"></button></main>';
  });

  it('counts N image events per job after a real gesture, none as prompts', async () => {
    window.fetch = (async () => new Response('{"id":"job-3"}')) as typeof window.fetch;
    const events = await onImagePage(
      site,
      async (page) => {
        page.gesture();
        await page.fetch({
          url: 'https://api.example/generate',
          request: { n: 3 },
          response: { id: 'job-3' },
        });
      },
      undefined,
      rules,
    );
    expect(distinctImages(events)).toBe(3);
    expect(events.map((e) => [e.kind, e.trigger, e.source])).toEqual(
      Array(3).fill(['image', 'image', 'net']),
    );
  });

  it('forged bridge messages count nothing: without a gesture, or jobs of a request never started', async () => {
    const events = await onImagePage(
      site,
      async (page) => {
        const forge = (message: object) => page.bridgePost({ imageJob: message });
        forge({ ticket: 't1', start: true });
        forge({ ticket: 't1', jobs: [{ jobKey: 'forged', images: 4 }] });
        await settle(30);
        page.gesture();
        forge({ ticket: 't2', jobs: [{ jobKey: 'forged', images: 4 }] });
        await settle(30);
      },
      undefined,
      rules,
    );
    expect(events).toEqual([]);
  });
});
