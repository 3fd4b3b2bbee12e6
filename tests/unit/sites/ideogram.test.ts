// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { ideogram } from '../../../src/sites/ideogram';
import { loadFixture } from '../helpers/page';
import { distinctImages, fixtureJson, onImagePage, readJobs } from '../helpers/image-site';

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

  it('the retrieve-requests polls (they list old jobs too) and telemetry are not jobs', () => {
    const polled = fixtureJson('ideogram', 'retrieve-requests-response-model.json');
    expect(readJobs(ideogram, RETRIEVE, { request_ids: ['x'] }, polled)).toBeNull();
    expect(readJobs(ideogram, 'https://ideogram.ai/api/e/submit', {}, {})).toBeNull();
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

  it('generate after a click: +4 images; its polls and a repeat add nothing', async () => {
    const polled = fixtureJson('ideogram', 'retrieve-requests-response-model.json');
    const events = await onImagePage(ideogram, async (page) => {
      page.gesture();
      await page.fetch({ url: SAMPLE, request: request(), response: { request_id: 'r1' } });
      await page.fetch({ url: RETRIEVE, request: { request_ids: ['r1'] }, response: polled });
      await page.fetch({ url: SAMPLE, request: request(), response: { request_id: 'r1' } });
    });
    expect(distinctImages(events)).toBe(4);
  });

  it('a generate the page makes without a gesture counts nothing', async () => {
    const events = await onImagePage(ideogram, async (page) => {
      await page.fetch({ url: SAMPLE, request: request(), response: { request_id: 'r1' } });
    });
    expect(events).toEqual([]);
  });

  it('the model page shows the composer and the generate button', () => {
    expect(document.querySelector(ideogram.composer)).not.toBeNull();
    expect(document.querySelector(ideogram.sendButton)).not.toBeNull();
  });
});
