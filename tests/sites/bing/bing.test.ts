// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { imageKey } from '../../../src/domain/event-id';
import { watchNavigatedJob } from '../../../src/detect/navigated-job';
import { runOnPage } from '../../../src/detect/run-page';
import { DEFAULT_TIMING } from '../../../src/detect/tracker';
import type { ReportedEvent } from '../../../src/domain/usage-event';
import { bing } from '../../../src/sites/bing';
import { html, loadFixture, markLoaded, settle } from '../../unit/helpers/page';

const RESULT_PATH = '/images/create/a-red-bicycle/1-6789abcdef0123456789abcdef012345';
const JOB = '1-6789abcdef0123456789abcdef012345';
const jobKeyOf = (url: string) => bing.navigatedJob!.jobKey(new URL(url, 'https://www.bing.com'));

describe('bing: the job id a page carries', () => {
  it.each([
    [`${RESULT_PATH}?FORM=GUH2CR`, JOB],
    [`${RESULT_PATH}/`, JOB],
    [`/images/create?q=a%20red%20bicycle&rt=4&FORM=GENCRE&id=${JOB}`, JOB],
    [`/images/create?q=a&rt=4&FORM=GENCRE&id=${JOB}&nfy=1`, JOB],
    ['/images/create', null], // the composer
    ['/images/create?q=a%20red%20bicycle&rt=4&FORM=GENCRE', null], // a refused prompt's page
    [`/images/create/async/results/${JOB}?q=a`, null], // the poll, not a page
    [`/images/create?id=short`, null],
    [`/search?q=x&id=${JOB}`, null],
  ])('%s → %s', (url, key) => {
    expect(jobKeyOf(url)).toBe(key);
  });
});

const RESULTS = readFileSync(join(__dirname, 'async-results-model.html'), 'utf8');

/**
 * Opens the result page model at `path`, runs the content script with the background's answer to its
 * claim, lets `act` drive the page, and returns the claims and the events delivered.
 */
async function onResultPage(
  path: string,
  granted: boolean,
  act: () => Promise<void> = async () => {},
): Promise<{ claims: unknown[]; events: ReportedEvent[] }> {
  history.replaceState(null, '', path);
  loadFixture('bing', 'www.bing.com-images-create-result-model.html');
  document.querySelectorAll('img').forEach((img) => markLoaded(img));
  const claims: unknown[] = [];
  const events: ReportedEvent[] = [];
  const stop = runOnPage(
    bing,
    window,
    {
      send: async (message) => {
        const { type, event } = message as { type: string; event: ReportedEvent };
        if (type === 'claim-image-job') {
          claims.push(message);
          return { ok: true, stored: false, granted };
        }
        if (type === 'record-usage') events.push(event);
        return { ok: true, stored: true };
      },
      onNetworkSend: () => () => {},
      now: () => Date.now(),
    },
    { ...DEFAULT_TIMING, trustedEventsOnly: false },
    { watchNavigatedJob },
  );
  try {
    await settle(30);
    await act();
    await settle(50);
  } finally {
    stop();
  }
  return { claims, events };
}

/** The poll's answer arrives: its images inserted, loaded or not. */
function insertResults(loaded = true): void {
  const results = html(RESULTS);
  if (loaded) results.querySelectorAll('img').forEach((img) => markLoaded(img));
  document.querySelector('#gir_async')!.append(results);
}

describe('bing: a result page', () => {
  afterEach(() => history.replaceState(null, '', '/'));

  it('with its grant counts 4 images, once each (thumbnail and detail copy are one image)', async () => {
    const { claims, events } = await onResultPage(`${RESULT_PATH}?FORM=GUH2CR`, true, async () => {
      insertResults();
      await settle(30);
      insertResults(); // the page re-renders its results
    });
    expect(claims).toEqual([{ type: 'claim-image-job', site: 'bing', jobKey: JOB }]);
    expect(events).toHaveLength(4);
    expect(
      events.every((e) => e.kind === 'image' && e.trigger === 'image' && e.site === 'bing'),
    ).toBe(true);
    const expected = [
      'OIG2.Rb0aaaaaaaaaaaaa',
      'OIG2.Rb1bbbbbbbbbbbbb',
      'OIG2.Rb2ccccccccccccc',
      'OIG2.Rb3ddddddddddddd',
    ].map((name) => imageKey(`${JOB}#${name}`));
    // Images count as each one loads, in no fixed order.
    expect(events.map((e) => e.key).sort()).toEqual(expected.sort());
  });

  it('reports the same keys again after a reload, so the database keeps 4', async () => {
    const first = await onResultPage(RESULT_PATH, true, async () => insertResults());
    const again = await onResultPage(RESULT_PATH, true, async () => insertResults());
    // Images count as each one loads, in no fixed order: compare the sets.
    const keys = (events: { key: string }[]) => events.map((e) => e.key).sort();
    expect(first.events).toHaveLength(4);
    expect(keys(again.events)).toEqual(keys(first.events));
  });

  it('counts an image only once it has loaded at picture size', async () => {
    const { events } = await onResultPage(RESULT_PATH, true, async () => {
      insertResults(false);
      await settle(30);
      const img = document.querySelector<HTMLImageElement>('#gir_async img.mimg')!;
      markLoaded(img, 32, 32); // a placeholder
      img.dispatchEvent(new Event('load'));
      await settle(30);
    });
    expect(events).toHaveLength(0);
  });

  it('never counts the recent creations pane, granted or not', async () => {
    const { events } = await onResultPage(RESULT_PATH, true, async () => {
      const pane = document.querySelector('#girrcc')!;
      pane.append(pane.querySelector('a.girr_set')!.cloneNode(true));
    });
    expect(events).toEqual([]);
  });

  it('without a grant (an old result page, a bookmark, the back button) counts nothing', async () => {
    const { claims, events } = await onResultPage(RESULT_PATH, false, async () => insertResults());
    expect(claims).toHaveLength(1);
    expect(events).toEqual([]);
  });

  it('on a page without a job id (the composer, a refused prompt) asks nothing and counts nothing', async () => {
    const { claims, events } = await onResultPage(
      '/images/create?q=a%20red%20bicycle&rt=4&FORM=GENCRE',
      true,
      async () => insertResults(),
    );
    expect(claims).toEqual([]);
    expect(events).toEqual([]);
  });
});
