// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { leonardo } from '../../../src/sites/leonardo';
import { loadFixture } from '../helpers/page';
import { distinctImages, fixtureJson, onImagePage, readJobs } from '../helpers/image-site';

const GRAPHQL = 'https://api.leonardo.ai/v1/graphql';
const generate = (parameters: object) => ({
  operationName: 'Generate',
  variables: {
    request: { model: 'nano-banana-2', public: false, parameters: { prompt: 'x', ...parameters } },
  },
  query: 'mutation Generate($request: CreateGenerationRequest!) { … }',
});
const generated = (id: string) => ({
  data: {
    generate: {
      apiCreditCost: null,
      generationId: id,
      cost: { amount: '8', unit: 'CREDITS' },
      __typename: 'CreateGenerationResponse',
    },
  },
});

describe('leonardo: GraphQL', () => {
  it('Generate makes `quantity` images, keyed by generationId', () => {
    expect(readJobs(leonardo, GRAPHQL, generate({ quantity: 4 }), generated('g1'))).toEqual([
      { jobKey: 'g1', images: 4 },
    ]);
    expect(readJobs(leonardo, GRAPHQL, generate({ quantity: 2 }), generated('g2'))).toEqual([
      { jobKey: 'g2', images: 2 },
    ]);
  });

  it('the legacy CreateSDGenerationJob makes num_images images', () => {
    const request = {
      operationName: 'CreateSDGenerationJob',
      variables: { arg1: { num_images: 3 } },
    };
    const response = { data: { sdGenerationJob: { generationId: 'g3' } } };
    expect(readJobs(leonardo, GRAPHQL, request, response)).toEqual([{ jobKey: 'g3', images: 3 }]);
  });

  it('an upscale makes one image', () => {
    const request = { operationName: 'CreateUniversalUpscalerJob', variables: { arg: {} } };
    const response = { data: { universalUpscaler: { id: 'up1' } } };
    expect(readJobs(leonardo, GRAPHQL, request, response)).toEqual([{ jobKey: 'up1', images: 1 }]);
  });

  it('a GraphQL error, a video and other operations make none', () => {
    expect(
      readJobs(leonardo, GRAPHQL, generate({ quantity: 4 }), {
        errors: [{ message: 'no credits' }],
      }),
    ).toEqual([]);
    expect(
      readJobs(leonardo, GRAPHQL, generate({ quantity: 1, duration: 5 }), generated('v')),
    ).toEqual([]);
    const feed = fixtureJson('leonardo', 'graphql-getaigenerationfeed-response-model.json');
    expect(readJobs(leonardo, GRAPHQL, { operationName: 'GetAIGenerationFeed' }, feed)).toEqual([]);
    expect(
      readJobs(leonardo, GRAPHQL, { operationName: 'CreateNoBGJob' }, { data: { x: { id: 'b' } } }),
    ).toEqual([]);
    expect(
      readJobs(leonardo, 'https://app.leonardo.ai/api/auth/get-session', {}, {}, 'GET'),
    ).toBeNull();
  });
});

describe('leonardo: on the page', () => {
  beforeEach(() => loadFixture('leonardo', 'app.leonardo.ai-2026-08-model.html'));

  it('the feed of past generations at load and its polls count nothing', async () => {
    const feed = fixtureJson('leonardo', 'graphql-getaigenerationfeed-response-model.json');
    const events = await onImagePage(leonardo, async (page) => {
      await page.fetch({
        url: GRAPHQL,
        request: { operationName: 'GetAIGenerationFeed' },
        response: feed,
      });
    });
    expect(events).toEqual([]);
  });

  it('Generate after a click: +quantity images; repeated, still once', async () => {
    const events = await onImagePage(leonardo, async (page) => {
      page.gesture();
      await page.fetch({
        url: GRAPHQL,
        request: generate({ quantity: 4 }),
        response: generated('g1'),
      });
      await page.fetch({
        url: GRAPHQL,
        request: generate({ quantity: 4 }),
        response: generated('g1'),
      });
    });
    expect(distinctImages(events)).toBe(4);
  });

  it('a Generate the page makes without a gesture counts nothing', async () => {
    const events = await onImagePage(leonardo, async (page) => {
      await page.fetch({
        url: GRAPHQL,
        request: generate({ quantity: 4 }),
        response: generated('g1'),
      });
    });
    expect(events).toEqual([]);
  });

  it('the model page shows the composer', () => {
    expect(document.querySelector(leonardo.composer)).not.toBeNull();
  });
});
