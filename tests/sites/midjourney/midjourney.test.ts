// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { midjourney } from '../../../src/sites/midjourney';
import { loadFixture } from '../../unit/helpers/page';
import { distinctImages, fixtureJson, onImagePage, readJobs } from '../../unit/helpers/image-site';

const SUBMIT = 'https://www.midjourney.com/api/submit-jobs';
const model = fixtureJson('midjourney', 'submit-jobs-response-model.json');
const JOB = '9d1c2b3a-4e5f-4a6b-9c7d-8e9f0a1b2c3d';
const accepted = (jobId: string, batch?: number) => ({
  success: [
    {
      job_id: jobId,
      event_type: 'diffusion',
      meta: batch === undefined ? undefined : { batch_size: batch },
    },
  ],
  failure: [],
});

describe('midjourney: submit-jobs', () => {
  it('an imagine job makes its batch_size images (the response model: 4)', () => {
    expect(readJobs(midjourney, SUBMIT, { t: 'imagine', prompt: 'x' }, model)).toEqual([
      { jobKey: JOB, images: 4 },
    ]);
  });

  it('reads the older /api/app/submit-jobs path and a --bs batch size', () => {
    expect(
      readJobs(
        midjourney,
        'https://www.midjourney.com/api/app/submit-jobs',
        { t: 'imagine' },
        accepted('a', 2),
      ),
    ).toEqual([{ jobKey: 'a', images: 2 }]);
  });

  it('an upscale makes one image; vary and pan make their batch (4 without meta)', () => {
    expect(
      readJobs(midjourney, SUBMIT, { t: 'upscale', id: JOB, index: 1 }, accepted('u')),
    ).toEqual([{ jobKey: 'u', images: 1 }]);
    expect(readJobs(midjourney, SUBMIT, { t: 'vary', id: JOB, index: 0 }, accepted('v'))).toEqual([
      { jobKey: 'v', images: 4 },
    ]);
    expect(
      readJobs(midjourney, SUBMIT, { t: 'pan', id: JOB, index: 2, direction: 1 }, accepted('p', 4)),
    ).toEqual([{ jobKey: 'p', images: 4 }]);
  });

  it('a refused submit (failure[], no success) and a video event on an image submit make no images', () => {
    expect(
      readJobs(
        midjourney,
        SUBMIT,
        { t: 'imagine' },
        { success: [], failure: [{ type: 'x', message: 'banned' }] },
      ),
    ).toEqual([]);
    expect(
      readJobs(
        midjourney,
        SUBMIT,
        { t: 'imagine' },
        {
          success: [{ job_id: 'w', event_type: 'video_diffusion', meta: { batch_size: 4 } }],
        },
      ),
    ).toEqual([]);
  });

  it('other requests are not jobs', () => {
    expect(
      readJobs(midjourney, 'https://www.midjourney.com/api/imagine?user_id=u', {}, model, 'GET'),
    ).toBeNull();
    expect(
      readJobs(midjourney, 'https://www.midjourney.com/api/jobs-actions', {}, model),
    ).toBeNull();
    expect(readJobs(midjourney, 'https://evil.example/api/submit-jobs', {}, model)).toBeNull();
  });
});

describe('midjourney: on the page', () => {
  beforeEach(() => loadFixture('midjourney', 'www.midjourney.com-2026-02-model.html'));

  it('the grid of past creations at load counts nothing', async () => {
    const events = await onImagePage(midjourney, async () => {});
    expect(events).toEqual([]);
  });

  it('imagine after a gesture: +4 images, no prompt; the same job again: still 4; an upscale: +1', async () => {
    const events = await onImagePage(midjourney, async (page) => {
      page.gesture();
      await page.fetch({ url: SUBMIT, request: { t: 'imagine', prompt: 'x' }, response: model });
      await page.fetch({ url: SUBMIT, request: { t: 'imagine', prompt: 'x' }, response: model });
      page.gesture();
      await page.fetch({
        url: SUBMIT,
        request: { t: 'upscale', id: JOB, index: 0 },
        response: accepted('up', 1),
      });
    });
    expect(
      events.every((e) => e.kind === 'image' && e.trigger === 'image' && e.source === 'net'),
    ).toBe(true);
    expect(distinctImages(events)).toBe(5);
  });

  it('a job webRequest did not see posted (a service worker answered, a forged report) counts nothing', async () => {
    const events = await onImagePage(
      midjourney,
      async (page) => {
        page.gesture();
        await page.fetch({ url: SUBMIT, request: { t: 'imagine', prompt: 'x' }, response: model });
      },
      { held: [], jobPostSeen: false },
    );
    expect(events).toEqual([]);
  });

  it('a submit the page makes without a user gesture counts nothing', async () => {
    const events = await onImagePage(midjourney, async (page) => {
      await page.fetch({ url: SUBMIT, request: { t: 'imagine' }, response: model });
    });
    expect(events).toEqual([]);
  });

  it('a refused submit (HTTP 429) counts nothing', async () => {
    const events = await onImagePage(midjourney, async (page) => {
      page.gesture();
      await page.fetch({ url: SUBMIT, request: { t: 'imagine' }, response: model, status: 429 });
    });
    expect(events).toEqual([]);
  });

  it('the model page shows the composer', () => {
    expect(document.querySelector(midjourney.composer)).not.toBeNull();
  });
});

describe('midjourney: video jobs (models: tests/sites/midjourney/SOURCE.txt)', () => {
  const videoRequest = fixtureJson('midjourney', 'midjourney-video-submit-request-model.json');
  const extendRequest = fixtureJson('midjourney', 'midjourney-video-extend-request-model.json');
  const videoResponse = fixtureJson('midjourney', 'midjourney-video-submit-response-model.json');
  const VIDEO_JOB = '66666666-7777-4888-9999-000000000000';

  it('an animate job makes --bs clips of 5 s each, never images', () => {
    expect(readJobs(midjourney, SUBMIT, videoRequest, videoResponse)).toEqual([
      { jobKey: VIDEO_JOB, videos: 4, durationSec: 5 },
    ]);
  });

  it('an extend adds 4 s of new footage per clip', () => {
    expect(readJobs(midjourney, SUBMIT, extendRequest, videoResponse)).toEqual([
      { jobKey: VIDEO_JOB, videos: 1, durationSec: 4 },
    ]);
  });

  it('without --bs the response batch size, else the web default of 4; never more than 4', () => {
    expect(readJobs(midjourney, SUBMIT, { t: 'video' }, accepted('a', 2))).toEqual([
      { jobKey: 'a', videos: 2, durationSec: 5 },
    ]);
    expect(readJobs(midjourney, SUBMIT, { t: 'video' }, accepted('b'))).toEqual([
      { jobKey: 'b', videos: 4, durationSec: 5 },
    ]);
    expect(
      readJobs(midjourney, SUBMIT, { t: 'video', newPrompt: '--bs 12 --video 1' }, accepted('c')),
    ).toEqual([{ jobKey: 'c', videos: 4, durationSec: 5 }]);
  });

  it('a refused video submit makes no clip', () => {
    expect(
      readJobs(midjourney, SUBMIT, videoRequest, {
        success: [],
        failure: [{ type: 'x', message: 'no credits' }],
      }),
    ).toEqual([]);
  });
});
