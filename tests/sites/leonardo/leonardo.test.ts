// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { leonardo } from '../../../src/sites/leonardo';
import { loadFixture } from '../../unit/helpers/page';
import {
  distinctImages,
  fixtureJson,
  onImagePage,
  readFinished,
  readJobs,
} from '../../unit/helpers/image-site';

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

const STATUSES = { operationName: 'GetAIGenerationFeedStatuses', variables: { where: {} } };
const statuses = (id: string, status: string) => ({
  data: { generations: [{ id, status, __typename: 'generations' }] },
});

describe('leonardo: generations queries (completion)', () => {
  it('COMPLETE in the status poll: as many as accepted; FAILED: none; PENDING: not yet', () => {
    expect(readFinished(leonardo, GRAPHQL, STATUSES, statuses('g1', 'COMPLETE'))).toEqual([
      { jobKey: 'g1' },
    ]);
    expect(readFinished(leonardo, GRAPHQL, STATUSES, statuses('g1', 'FAILED'))).toEqual([
      { jobKey: 'g1', images: 0 },
    ]);
    expect(readFinished(leonardo, GRAPHQL, STATUSES, statuses('g1', 'PENDING'))).toEqual([]);
  });

  it('the feed (the model) tells the images made: generated_images', () => {
    const feed = fixtureJson('leonardo', 'graphql-getaigenerationfeed-response-model.json');
    expect(readFinished(leonardo, GRAPHQL, { operationName: 'GetAIGenerationFeed' }, feed)).toEqual(
      [{ jobKey: '4b5c6d7e-8f90-4a1b-9c2d-3e4f5a6b7c8d', images: 2 }],
    );
    expect(readFinished(leonardo, GRAPHQL, {}, generated('g1'))).toEqual([]);
  });
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

  it('Generate after a click: nothing while PENDING, +quantity once COMPLETE; repeated, still once', async () => {
    let pending = -1;
    const events = await onImagePage(leonardo, async (page) => {
      page.gesture();
      await page.fetch({
        url: GRAPHQL,
        request: generate({ quantity: 4 }),
        response: generated('g1'),
      });
      await page.fetch({ url: GRAPHQL, request: STATUSES, response: statuses('g1', 'PENDING') });
      pending = page.delivered().length;
      await page.fetch({ url: GRAPHQL, request: STATUSES, response: statuses('g1', 'COMPLETE') });
      await page.fetch({ url: GRAPHQL, request: STATUSES, response: statuses('g1', 'COMPLETE') });
    });
    expect(pending).toBe(0);
    expect(distinctImages(events)).toBe(4);
  });

  it('a FAILED generation counts none; an old generation in the feed counts none', async () => {
    const feed = fixtureJson('leonardo', 'graphql-getaigenerationfeed-response-model.json');
    const events = await onImagePage(leonardo, async (page) => {
      page.gesture();
      await page.fetch({
        url: GRAPHQL,
        request: generate({ quantity: 4 }),
        response: generated('g2'),
      });
      await page.fetch({ url: GRAPHQL, request: STATUSES, response: statuses('g2', 'FAILED') });
      await page.fetch({ url: GRAPHQL, request: STATUSES, response: statuses('g2', 'COMPLETE') });
      await page.fetch({
        url: GRAPHQL,
        request: { operationName: 'GetAIGenerationFeed' },
        response: feed,
      });
    });
    expect(events).toEqual([]);
  });

  it('a generation still PENDING when the page reloads counts once the reloaded page’s poll says COMPLETE', async () => {
    const tab = { held: [] };
    const beforeReload = await onImagePage(
      leonardo,
      async (page) => {
        page.gesture();
        await page.fetch({
          url: GRAPHQL,
          request: generate({ quantity: 3 }),
          response: generated('g3'),
        });
        await page.fetch({ url: GRAPHQL, request: STATUSES, response: statuses('g3', 'PENDING') });
      },
      tab,
    );
    expect(beforeReload).toEqual([]);
    expect(tab.held).toEqual([{ jobKey: 'g3', images: 3 }]);

    const feed = fixtureJson('leonardo', 'graphql-getaigenerationfeed-response-model.json');
    const afterReload = await onImagePage(
      leonardo,
      async (page) => {
        await page.fetch({
          url: GRAPHQL,
          request: { operationName: 'GetAIGenerationFeed' },
          response: feed,
        });
        await page.fetch({ url: GRAPHQL, request: STATUSES, response: statuses('g3', 'COMPLETE') });
      },
      tab,
    );
    expect(distinctImages(afterReload)).toBe(3);
    expect(afterReload.every((event) => event.kind === 'image')).toBe(true);
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
