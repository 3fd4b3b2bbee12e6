// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { ideogram } from '../../../src/sites/ideogram';
import { loadFixture } from '../../unit/helpers/page';
import {
  distinctImages,
  fixtureJson,
  onImagePage,
  readFinished,
  readJobs,
} from '../../unit/helpers/image-site';

const SAMPLE = 'https://ideogram.ai/api/images/sample';
const RETRIEVE = 'https://ideogram.ai/api/gallery/retrieve-requests';
const request = (more: object = {}) => ({
  prompt: 'a red bicycle',
  model_version: 'V_3_1',
  num_images: 4,
  ...more,
});

describe('ideogram: images/sample', () => {
  it('a generation makes num_images images, keyed by the response request_id', () => {
    expect(readJobs(ideogram, SAMPLE, request(), { request_id: 'bmV3LXJlcXVlc3QtMDE' })).toEqual([
      { jobKey: 'bmV3LXJlcXVlc3QtMDE', images: 4 },
    ]);
    expect(readJobs(ideogram, SAMPLE, request({ num_images: 1 }), { request_id: 'r1' })).toEqual([
      { jobKey: 'r1', images: 1 },
    ]);
  });

  it('an upscale (parent SUPER_RES) makes one image', () => {
    const upscale = request({
      num_images: 1,
      parent: { type: 'SUPER_RES', request_id: 'r1', response_id: 'x' },
      upscale_factor: 'X4',
    });
    expect(readJobs(ideogram, SAMPLE, upscale, { request_id: 'r2' })).toEqual([
      { jobKey: 'r2', images: 1 },
    ]);
  });

  it('a refused generation (no request_id) makes none', () => {
    expect(readJobs(ideogram, SAMPLE, request(), { error: 'Content blocked' })).toEqual([]);
    expect(readJobs(ideogram, SAMPLE, request(), 'Internal error')).toEqual([]);
  });

  it('the retrieve-requests polls and telemetry start no job', () => {
    const polled = fixtureJson('ideogram', 'retrieve-requests-response-model.json');
    expect(readJobs(ideogram, RETRIEVE, { request_ids: ['x'] }, polled)).toBeNull();
    expect(readJobs(ideogram, 'https://ideogram.ai/api/e/submit', {}, {})).toBeNull();
  });
});

const polled = (entries: object[]) => ({ sampling_requests: entries });

describe('ideogram: retrieve-requests (completion)', () => {
  it('a completed request made its responses (the model: 4 images)', () => {
    const model = fixtureJson('ideogram', 'retrieve-requests-response-model.json');
    expect(readFinished(ideogram, RETRIEVE, { request_ids: ['x'] }, model)).toEqual([
      { jobKey: 'bmV3LXJlcXVlc3QtMDE', images: 4 },
    ]);
  });

  it('a running request is not finished; an errored one made none', () => {
    expect(
      readFinished(
        ideogram,
        RETRIEVE,
        {},
        polled([
          { request_id: 'run', is_completed: false, completion_percentage: 40, responses: [] },
          { request_id: 'err', is_completed: true, is_errored: true, responses: [] },
        ]),
      ),
    ).toEqual([{ jobKey: 'err', images: 0 }]);
    expect(readFinished(ideogram, RETRIEVE, {}, 'not json')).toEqual([]);
  });
});

describe('ideogram: on the page', () => {
  beforeEach(() => loadFixture('ideogram', 'ideogram.ai-2026-01-model.html'));

  it('the library at load and its polls count nothing', async () => {
    const polled = fixtureJson('ideogram', 'retrieve-requests-response-model.json');
    const events = await onImagePage(ideogram, async (page) => {
      await page.fetch({ url: RETRIEVE, request: { request_ids: ['x'] }, response: polled });
    });
    expect(events).toEqual([]);
  });

  const done = (id: string, images: number) =>
    polled([
      {
        request_id: id,
        is_completed: true,
        is_errored: false,
        responses: Array.from({ length: images }, (_, i) => ({ response_id: `${id}-${i}` })),
      },
    ]);
  const running = (id: string) => polled([{ request_id: id, is_completed: false, responses: [] }]);

  it('generate after a click counts nothing until its poll says completed, then the images made', async () => {
    let before = -1;
    const events = await onImagePage(ideogram, async (page) => {
      page.gesture();
      await page.fetch({ url: SAMPLE, request: request(), response: { request_id: 'r1' } });
      await page.fetch({
        url: RETRIEVE,
        request: { request_ids: ['r1'] },
        response: running('r1'),
      });
      before = page.delivered().length;
      await page.fetch({
        url: RETRIEVE,
        request: { request_ids: ['r1'] },
        response: done('r1', 3),
      });
      await page.fetch({
        url: RETRIEVE,
        request: { request_ids: ['r1'] },
        response: done('r1', 3),
      });
    });
    expect(before).toBe(0);
    expect(distinctImages(events)).toBe(3);
  });

  it('a failed generation counts none; a poll of an old (library) request counts none', async () => {
    const events = await onImagePage(ideogram, async (page) => {
      page.gesture();
      await page.fetch({ url: SAMPLE, request: request(), response: { request_id: 'r2' } });
      await page.fetch({
        url: RETRIEVE,
        response: polled([{ request_id: 'r2', is_completed: true, is_errored: true }]),
      });
      await page.fetch({ url: RETRIEVE, response: done('r2', 4) });
      await page.fetch({ url: RETRIEVE, response: done('old-library-request', 4) });
    });
    expect(events).toEqual([]);
  });

  it('a generate the page makes without a gesture counts nothing, even once completed', async () => {
    const events = await onImagePage(ideogram, async (page) => {
      await page.fetch({ url: SAMPLE, request: request(), response: { request_id: 'r1' } });
      await page.fetch({ url: RETRIEVE, response: done('r1', 4) });
    });
    expect(events).toEqual([]);
  });

  it('the model page shows the composer and the generate button', () => {
    expect(document.querySelector(ideogram.composer)).not.toBeNull();
    expect(document.querySelector(ideogram.sendButton)).not.toBeNull();
  });
});
