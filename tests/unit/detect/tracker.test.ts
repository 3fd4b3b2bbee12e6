// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SiteAdapter } from '../../../src/domain/site';
import { startTracker, type PageSignal } from '../../../src/detect/tracker';
import { html, markLoaded, pressEnter, settle, track } from '../helpers/page';

const site: Pick<SiteAdapter, 'composer' | 'sendButton' | 'userTurn'> = {
  composer: 'textarea',
  sendButton: 'button.send',
  userTurn: { selector: '.user-turn', key: (turn) => turn.getAttribute('data-id') },
};

const imageSite: Pick<SiteAdapter, 'composer' | 'sendButton' | 'userTurn' | 'generatedImage'> = {
  ...site,
  generatedImage: { selector: 'img.generated', key: (img) => img.getAttribute('data-image') },
};

/** A page of `imageSite` with an old turn (and `older` markup), and a send whose turn `new` counted. */
async function sendOnImagePage(older = '') {
  document.body.innerHTML = `<main><div class="user-turn" data-id="old"></div>${older}<textarea></textarea></main>`;
  const tracker = track(imageSite as SiteAdapter);
  pressEnter(document.querySelector('textarea')!);
  const main = document.querySelector('main')!;
  main.append(html('<div class="user-turn" data-id="new"></div>'));
  await settle();
  return { tracker, main };
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('tracker cost on the page', () => {
  it('stops scanning once the send is counted when the site shows no generated images', async () => {
    document.body.innerHTML =
      '<main><div class="user-turn" data-id="old"></div><textarea></textarea></main>';
    const tracker = track(site as SiteAdapter);
    pressEnter(document.querySelector('textarea')!);
    document.querySelector('main')!.append(html('<div class="user-turn" data-id="new"></div>'));
    await settle();
    expect(tracker.signals).toEqual([{ kind: 'prompt', messageKey: 'new' }]);

    const scans = vi.spyOn(document, 'querySelectorAll');
    for (let token = 0; token < 50; token++) {
      document.querySelector('main')!.append(html(`<p>streamed token ${token}</p>`));
      await settle(2);
    }
    tracker.stop();
    expect(scans).not.toHaveBeenCalled();
  });

  it('never scans the whole page while an answer streams after a send', async () => {
    const { tracker, main } = await sendOnImagePage('<img class="generated" data-image="older">');
    expect(tracker.signals).toEqual([{ kind: 'prompt', messageKey: 'new' }]);

    const scans = vi.spyOn(document, 'querySelectorAll');
    const answer = html('<div class="answer"><p></p></div>');
    main.append(answer);
    for (let token = 0; token < 50; token++) {
      // The way chat sites stream: a text node per token, the paragraph re-rendered now and then.
      answer.lastElementChild!.append(document.createTextNode(` token${token}`));
      if (token % 10 === 9) answer.append(html('<p></p>'));
      await settle(2);
    }
    expect(scans).not.toHaveBeenCalled();

    // It is still watching: the answer's generated image counts, found below the send's turn.
    const image = html('<img class="generated" data-image="fresh">') as HTMLImageElement;
    markLoaded(image);
    answer.append(image);
    await settle();
    tracker.stop();
    expect(tracker.signals).toEqual([
      { kind: 'prompt', messageKey: 'new' },
      { kind: 'image', imageKey: 'fresh' },
    ]);
    expect(scans).not.toHaveBeenCalled();
  });

  it('wakes once per scan, not once per streamed token, and still finds the image', async () => {
    document.body.innerHTML =
      '<main><div class="user-turn" data-id="old"></div><textarea></textarea></main>';
    let callbacks = 0;
    class CountingObserver extends MutationObserver {
      constructor(callback: MutationCallback) {
        super((records, observer) => {
          callbacks++;
          callback(records, observer);
        });
      }
    }
    vi.stubGlobal('MutationObserver', CountingObserver);
    const signals: PageSignal[] = [];
    const stop = startTracker(imageSite as SiteAdapter, document, (s) => signals.push(s), {
      now: () => Date.now(),
      trustedEventsOnly: false,
      intentWindowMs: 15_000,
      imageWindowMs: 600_000,
      scanThrottleMs: 40,
    });
    pressEnter(document.querySelector('textarea')!);
    const main = document.querySelector('main')!;
    main.append(html('<div class="user-turn" data-id="new"></div>'));
    await settle(60);
    const answer = main.appendChild(html('<div class="answer"><p></p></div>'));
    callbacks = 0;
    for (let token = 0; token < 60; token++) {
      answer.lastElementChild!.append(document.createTextNode(` token${token}`));
      await settle(2);
    }
    const image = html('<img class="generated" data-image="fresh">') as HTMLImageElement;
    markLoaded(image);
    answer.append(image);
    await settle(60);
    stop();
    expect(signals).toEqual([
      { kind: 'prompt', messageKey: 'new' },
      { kind: 'image', imageKey: 'fresh' },
    ]);
    // 60 tokens over about 150 ms with a scan at most every 40 ms: a handful of wake-ups, not 60.
    expect(callbacks).toBeGreaterThan(0);
    expect(callbacks).toBeLessThan(15);
  });

  it('an edit re-keying an older turn does not count the old images now below it', async () => {
    document.body.innerHTML =
      '<main><div class="user-turn" data-id="first"></div><div class="answer"></div><textarea></textarea></main>';
    const tracker = track(imageSite as SiteAdapter);
    // An image from an earlier answer, rendered after the page loaded (scrolled into view).
    const old = html('<img class="generated" data-image="earlier">') as HTMLImageElement;
    markLoaded(old);
    document.querySelector('.answer')!.append(old);
    await settle();
    pressEnter(document.querySelector('textarea')!);
    document.querySelector('.user-turn')!.setAttribute('data-id', 'first-edited');
    await settle();
    const fresh = html('<img class="generated" data-image="fresh">') as HTMLImageElement;
    markLoaded(fresh);
    document.querySelector('.answer')!.append(fresh);
    await settle();
    tracker.stop();
    expect(tracker.signals).toEqual([
      { kind: 'prompt', messageKey: 'first-edited' },
      { kind: 'image', imageKey: 'fresh' },
    ]);
  });

  it("stops watching for a send's images once its turn has left the page", async () => {
    const { tracker, main } = await sendOnImagePage();
    // Another conversation opens in place: the send's turn is gone, and the new page streams.
    main.innerHTML =
      '<div class="user-turn" data-id="other"></div><div class="answer"><p></p></div>';
    const scans = vi.spyOn(document, 'querySelectorAll');
    for (let token = 0; token < 30; token++) {
      main.querySelector('.answer p')!.append(document.createTextNode(` token${token}`));
      await settle(2);
    }
    const image = html('<img class="generated" data-image="theirs">') as HTMLImageElement;
    markLoaded(image);
    main.querySelector('.answer')!.append(image);
    await settle();
    tracker.stop();
    expect(scans.mock.calls.length).toBeLessThanOrEqual(1); // the one look for the lost turn
    expect(tracker.signals).toEqual([{ kind: 'prompt', messageKey: 'new' }]);
  });
});
