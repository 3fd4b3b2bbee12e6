// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { firefly } from '../../../src/sites/firefly';
import { loadFixture } from '../../unit/helpers/page';
import { distinctImages, fixtureJson, onImagePage, readJobs } from '../../unit/helpers/image-site';

const API = 'https://firefly-3p.ff.adobe.io/v2';
const GENERATE = `${API}/3p-images/generate-async`;
const submitted = (id: string) => ({
  links: { result: { href: `${API}/status/${id}` }, cancel: { href: `${API}/cancel/${id}` } },
});

describe('firefly: partner-model API', () => {
  it('generate-async makes n images, keyed by its poll link', () => {
    const request = {
      modelId: 'gpt-image',
      n: 2,
      prompt: 'x',
      size: { width: 1024, height: 1024 },
    };
    expect(readJobs(firefly, GENERATE, request, submitted('job-1'))).toEqual([
      { jobKey: 'job-1', images: 2 },
    ]);
    expect(
      readJobs(
        firefly,
        GENERATE,
        { modelId: 'gemini-flash' },
        { links: { result: `${API}/status/job-2` } },
      ),
    ).toEqual([{ jobKey: 'job-2', images: 1 }]);
  });

  it('an upsample makes one image', () => {
    expect(readJobs(firefly, `${API}/3p-images/upsample`, { n: 4 }, submitted('up-1'))).toEqual([
      { jobKey: 'up-1', images: 1 },
    ]);
  });

  it('a refused submit makes none; uploads and the poll result are not jobs', () => {
    expect(readJobs(firefly, GENERATE, { n: 1 }, { error_code: 'quota_exhausted' })).toEqual([]);
    expect(readJobs(firefly, `${API}/storage/image`, {}, { images: [{ id: 'u' }] })).toBeNull();
    const result = fixtureJson('firefly', '3p-images-generate-async-result-response-model.json');
    expect(readJobs(firefly, `${API}/status/job-1`, undefined, result, 'GET')).toBeNull();
  });
});

describe('firefly: partner-model video (SOURCE.txt, VIDEO)', () => {
  const VIDEO = `${API}/3p-videos/generate-async`;
  const request = fixtureJson('firefly', '3p-videos-generate-async-request-model.json');
  const response = fixtureJson('firefly', '3p-videos-generate-async-response-model.json');

  it('a video submit makes one clip of its duration, keyed by its poll link', () => {
    expect(readJobs(firefly, VIDEO, request, response)).toEqual([
      { jobKey: '4d1f5c29-9923-4c81-bbea-dc730772fa5d', videos: 1, durationSec: 4 },
    ]);
  });

  it('n above 1 makes n clips (at most 4); a missing or odd duration is unknown, a long one cut to 25 s', () => {
    expect(readJobs(firefly, VIDEO, { n: 2, duration: 8 }, submitted('v2'))).toEqual([
      { jobKey: 'v2', videos: 2, durationSec: 8 },
    ]);
    expect(readJobs(firefly, VIDEO, { n: 9, duration: '8' }, submitted('v3'))).toEqual([
      { jobKey: 'v3', videos: 4 },
    ]);
    expect(readJobs(firefly, VIDEO, { duration: 90 }, submitted('v4'))).toEqual([
      { jobKey: 'v4', videos: 1, durationSec: 25 },
    ]);
  });

  it('a refused video submit (no poll link) makes none', () => {
    expect(readJobs(firefly, VIDEO, request, { error_code: 'quota_exhausted' })).toEqual([]);
    expect(readJobs(firefly, VIDEO, request, { links: {} })).toEqual([]);
  });

  it('on the page: a clip after a click counts once; one the page makes alone counts nothing', async () => {
    loadFixture('firefly', 'firefly.adobe.com-2026-08-model.html');
    const alone = await onImagePage(firefly, async (page) => {
      await page.fetch({ url: VIDEO, request, response });
    });
    expect(alone).toEqual([]);
    const events = await onImagePage(firefly, async (page) => {
      page.gesture();
      await page.fetch({ url: VIDEO, request, response });
      await page.fetch({ url: VIDEO, request, response });
    });
    // Reported twice under one key: the background stores one clip.
    expect(new Set(events.map((e) => e.key)).size).toBe(1);
    expect(
      events.every((e) => e.kind === 'video' && e.trigger === 'video' && e.durationSec === 4),
    ).toBe(true);
  });
});

describe('firefly: on the page', () => {
  beforeEach(() => loadFixture('firefly', 'firefly.adobe.com-2026-08-model.html'));

  it('the recent strip at load counts nothing', async () => {
    expect(await onImagePage(firefly, async () => {})).toEqual([]);
  });

  it('generate after a click: +n images, once', async () => {
    const events = await onImagePage(firefly, async (page) => {
      page.gesture();
      await page.fetch({ url: GENERATE, request: { n: 4 }, response: submitted('j') });
      await page.fetch({ url: GENERATE, request: { n: 4 }, response: submitted('j') });
    });
    expect(distinctImages(events)).toBe(4);
  });

  it('a generate the page makes without a gesture counts nothing', async () => {
    const events = await onImagePage(firefly, async (page) => {
      await page.fetch({ url: GENERATE, request: { n: 4 }, response: submitted('j') });
    });
    expect(events).toEqual([]);
  });

  it('the model page shows the composer and the generate button', () => {
    expect(document.querySelector(firefly.composer)).not.toBeNull();
    expect(document.querySelector(firefly.sendButton)).not.toBeNull();
  });
});
