// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SiteAdapter } from '../../../src/sites/types';
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

afterEach(() => vi.restoreAllMocks());

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

  it('looks only at added nodes, never the whole page, while an answer streams after a send', async () => {
    document.body.innerHTML =
      '<main><div class="user-turn" data-id="old"></div><img class="generated" data-image="older"><textarea></textarea></main>';
    const tracker = track(imageSite as SiteAdapter);
    pressEnter(document.querySelector('textarea')!);
    const main = document.querySelector('main')!;
    main.append(html('<div class="user-turn" data-id="new"></div>'));
    await settle();
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

    // It is still watching: the answer's generated image counts, found among the added nodes.
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
});
