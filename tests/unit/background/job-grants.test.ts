import { describe, expect, it } from 'vitest';
import {
  createJobGrants,
  JOB_GRANT_TTL_MS,
  MAX_HELD_JOBS_PER_TAB,
  navigatedJobFilters,
  type GrantStore,
} from '../../../src/background/job-grants';
import type { JobGrant } from '../../../src/storage/items';
import { handleRuntimeMessage } from '../../../src/background/intake';
import { createWaitingRoom } from '../../../src/background/waiting-room';
import { createReset } from '../../../src/background/reset';
import { fixedEventIds } from '../helpers/ids';

const JOB = '1-6789abcdef0123456789abcdef012345';
const CREATE = 'https://www.bing.com/images/create?q=a%20red%20bicycle&rt=4&FORM=GENCRE';
const REDIRECT = `https://www.bing.com/images/create?q=a%20red%20bicycle&rt=4&FORM=GENCRE&id=${JOB}&nfy=1`;

/** Session storage as a variable that survives a new `createJobGrants` (a worker restart). */
function memoryStore(): GrantStore & { grants: JobGrant[] } {
  const store = {
    grants: [] as JobGrant[],
    getValue: async () => store.grants,
    setValue: async (grants: JobGrant[]) => {
      store.grants = grants;
    },
  };
  return store;
}

let requests = 0;
/** A create post in `tabId` and the server's answer (302 to the job by default). */
async function post(
  grants: ReturnType<typeof createJobGrants>,
  tabId: number,
  answer: { statusCode: number; redirectUrl?: string } = { statusCode: 302, redirectUrl: REDIRECT },
  request: Partial<{ url: string; method: string; type: string }> = {},
): Promise<void> {
  const requestId = String(++requests);
  grants.onBeforeRequest({
    requestId,
    url: CREATE,
    method: 'POST',
    tabId,
    type: 'main_frame',
    ...request,
  });
  await grants.onOutcome({ requestId, ...answer });
}

describe('image-job grants (Bing create posts)', () => {
  it('watches the create posts of the registered sites only', () => {
    expect(navigatedJobFilters()).toEqual(['https://www.bing.com/images/create*']);
  });

  it('grants the tab of an accepted post its job, and only that job, in only that tab', async () => {
    const grants = createJobGrants(memoryStore());
    await post(grants, 7);
    expect(await grants.claim(7, 'bing', JOB)).toBe(true);
    expect(await grants.claim(7, 'bing', JOB)).toBe(true); // a reload of the result page
    expect(await grants.claim(7, 'bing', '1-00aa11bb22cc33dd44ee55ff66778899')).toBe(false);
    expect(await grants.claim(8, 'bing', JOB)).toBe(false);
    expect(await grants.claim(7, 'chatgpt', JOB)).toBe(false);
  });

  it('grants nothing for a refused prompt (200), a failed post, a GET, a fetch or another path', async () => {
    const grants = createJobGrants(memoryStore());
    await post(grants, 1, { statusCode: 200 });
    await post(grants, 2, { statusCode: 500 });
    await post(grants, 3, undefined, { method: 'GET' });
    await post(grants, 4, undefined, { type: 'xmlhttprequest' });
    await post(grants, 5, undefined, { url: 'https://www.bing.com/images/create/async/results/x' });
    await post(grants, -1);
    grants.onBeforeRequest({
      requestId: 'e',
      url: CREATE,
      method: 'POST',
      tabId: 6,
      type: 'main_frame',
    });
    grants.onErrorOccurred({ requestId: 'e' });
    await grants.onOutcome({ requestId: 'e', statusCode: 302, redirectUrl: REDIRECT });
    for (const tab of [1, 2, 3, 4, 5, 6]) expect(await grants.claim(tab, 'bing', JOB)).toBe(false);
  });

  it('binds a grant whose redirect names no job to the first result page that claims it', async () => {
    const grants = createJobGrants(memoryStore());
    await post(grants, 7, {
      statusCode: 302,
      redirectUrl: 'https://www.bing.com/images/create/new-shape',
    });
    expect(await grants.claim(7, 'bing', JOB)).toBe(true);
    expect(await grants.claim(7, 'bing', 'another-job-id')).toBe(false);
  });

  it('keeps grants across a worker restart, and a new post replaces the tab’s grant', async () => {
    const store = memoryStore();
    await post(createJobGrants(store), 7);
    const restarted = createJobGrants(store);
    expect(await restarted.claim(7, 'bing', JOB)).toBe(true);
    const next = '1-ffee00dd11cc22bb33aa445566778899';
    await post(restarted, 7, { statusCode: 302, redirectUrl: `${CREATE}&id=${next}` });
    expect(await restarted.claim(7, 'bing', next)).toBe(true);
    expect(await restarted.claim(7, 'bing', JOB)).toBe(false);
    expect(store.grants).toHaveLength(1);
  });

  it('lets a grant expire', async () => {
    let now = 1_000_000;
    const store = memoryStore();
    const grants = createJobGrants(store, () => now);
    await post(grants, 7);
    now += JOB_GRANT_TTL_MS + 1;
    expect(await grants.claim(7, 'bing', JOB)).toBe(false);
    expect(store.grants).toEqual([]);
  });

  it('reads a corrupt stored value as no grants', async () => {
    const store = memoryStore();
    (store as { grants: unknown }).grants = [{ tabId: 'x' }];
    expect(await createJobGrants(store).claim(7, 'bing', JOB)).toBe(false);
  });
});

describe('held image jobs (accepted jobs awaiting a status poll)', () => {
  it('gives a tab back the jobs it held on a site, across a worker restart, and to no other tab or site', async () => {
    const store = memoryStore();
    const grants = createJobGrants(store);
    await grants.hold(7, 'leonardo', 'g1', 4);
    await grants.hold(7, 'leonardo', 'g1', 4); // the same job reported twice is held once
    await grants.hold(7, 'ideogram', 'r1', 4);
    await post(grants, 7); // a Bing create post in the same tab keeps the tab's other holds
    const restarted = createJobGrants(store);
    expect(await restarted.held(7, 'leonardo')).toEqual([{ jobKey: 'g1', images: 4 }]);
    expect(await restarted.held(7, 'ideogram')).toEqual([{ jobKey: 'r1', images: 4 }]);
    expect(await restarted.held(8, 'leonardo')).toEqual([]);
    expect(await restarted.held(7, 'bing')).toEqual([]);
    expect(await restarted.claim(7, 'bing', JOB)).toBe(true);
  });

  it(`keeps at most ${MAX_HELD_JOBS_PER_TAB} per tab, the newest, and lets them expire`, async () => {
    let now = 1_000_000;
    const grants = createJobGrants(memoryStore(), () => now);
    for (let job = 0; job < MAX_HELD_JOBS_PER_TAB + 5; job++)
      await grants.hold(7, 'leonardo', `g${job}`, 1);
    const held = await grants.held(7, 'leonardo');
    expect(held).toHaveLength(MAX_HELD_JOBS_PER_TAB);
    expect(held[0]).toEqual({ jobKey: 'g5', images: 1 });
    now += JOB_GRANT_TTL_MS + 1;
    expect(await grants.held(7, 'leonardo')).toEqual([]);
  });
});

/** Intake dependencies for job messages: no database (they store nothing), the given grants. */
const deps = (grants?: ReturnType<typeof createJobGrants>) => ({
  getDb: () => Promise.reject(new Error('no database needed')),
  now: () => Date.now(),
  isSiteEnabled: async () => true,
  recordComposerCheck: async () => {},
  onStored: async () => {},
  waitingRoom: createWaitingRoom(),
  jobGrants: grants,
  eventIds: fixedEventIds(),
  reset: createReset(() => Date.now()),
});

describe('intake: claim-image-job', () => {
  const EXTENSION = 'ext-id';
  const claim = { type: 'claim-image-job', site: 'bing', jobKey: JOB };
  const fromBing = (tabId?: number) => ({
    id: EXTENSION,
    url: `https://www.bing.com/images/create/a-red-bicycle/${JOB}?FORM=GUH2CR`,
    tab: { id: tabId },
  });

  it('answers granted for the tab that posted, from its own content script', async () => {
    const grants = createJobGrants(memoryStore());
    await post(grants, 7);
    expect(await handleRuntimeMessage(claim, fromBing(7), EXTENSION, deps(grants))).toEqual({
      ok: true,
      stored: false,
      granted: true,
    });
    expect(await handleRuntimeMessage(claim, fromBing(8), EXTENSION, deps(grants))).toEqual({
      ok: true,
      stored: false,
      granted: false,
    });
  });

  it('refuses a claim from another site’s page, another extension, without a tab, or malformed', async () => {
    const grants = createJobGrants(memoryStore());
    await post(grants, 7);
    const chatgptPage = { id: EXTENSION, url: 'https://chatgpt.com/', tab: { id: 7 } };
    expect(await handleRuntimeMessage(claim, chatgptPage, EXTENSION, deps(grants))).toMatchObject({
      ok: false,
      error: 'event for bing sent from a chatgpt page',
    });
    expect(
      await handleRuntimeMessage(claim, { ...fromBing(7), id: 'other' }, EXTENSION, deps(grants)),
    ).toMatchObject({ ok: false, error: 'sender is not this extension' });
    expect(await handleRuntimeMessage(claim, fromBing(), EXTENSION, deps(grants))).toMatchObject({
      ok: false,
      error: 'sender has no tab',
    });
    expect(
      await handleRuntimeMessage(
        { ...claim, jobKey: '../x' },
        fromBing(7),
        EXTENSION,
        deps(grants),
      ),
    ).toMatchObject({ ok: false, error: 'invalid message at jobKey: not a job id' });
    expect(
      await handleRuntimeMessage({ ...claim, prompt: 'x' }, fromBing(7), EXTENSION, deps(grants)),
    ).toMatchObject({ ok: false });
  });
});

describe('intake: hold-image-job and held-image-jobs', () => {
  const EXTENSION = 'ext-id';
  const fromLeonardo = {
    id: EXTENSION,
    url: 'https://app.leonardo.ai/image-generation',
    tab: { id: 7 },
  };
  const hold = { type: 'hold-image-job', site: 'leonardo', jobKey: 'g1', images: 4 };

  it('holds a job for the sending tab and answers the held list to that tab', async () => {
    const grants = createJobGrants(memoryStore());
    expect(await handleRuntimeMessage(hold, fromLeonardo, EXTENSION, deps(grants))).toEqual({
      ok: true,
      stored: false,
    });
    const ask = { type: 'held-image-jobs', site: 'leonardo' };
    expect(await handleRuntimeMessage(ask, fromLeonardo, EXTENSION, deps(grants))).toEqual({
      ok: true,
      stored: false,
      held: [{ jobKey: 'g1', images: 4 }],
    });
  });

  it('refuses a hold with an impossible count, from another site’s page, or with extra fields', async () => {
    const grants = createJobGrants(memoryStore());
    for (const images of [-1, 1.5, 17]) {
      expect(
        await handleRuntimeMessage({ ...hold, images }, fromLeonardo, EXTENSION, deps(grants)),
      ).toMatchObject({ ok: false, error: expect.stringMatching(/^invalid message at images/) });
    }
    const chatgptPage = { ...fromLeonardo, url: 'https://chatgpt.com/' };
    expect(await handleRuntimeMessage(hold, chatgptPage, EXTENSION, deps(grants))).toMatchObject({
      ok: false,
      error: 'event for leonardo sent from a chatgpt page',
    });
    expect(
      await handleRuntimeMessage({ ...hold, prompt: 'x' }, fromLeonardo, EXTENSION, deps(grants)),
    ).toMatchObject({ ok: false });
    expect(await grants.held(7, 'leonardo')).toEqual([]);
  });
});
