// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SiteAdapter } from '../../../src/sites/types';
import { html, pressEnter, settle, track } from '../helpers/page';

const site: Pick<SiteAdapter, 'composer' | 'sendButton' | 'userTurn'> = {
  composer: 'textarea',
  sendButton: 'button.send',
  userTurn: { selector: '.user-turn', key: (turn) => turn.getAttribute('data-id') },
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
});
