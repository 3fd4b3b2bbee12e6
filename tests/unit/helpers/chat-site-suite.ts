import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SiteAdapter } from '../../../src/domain/site';
import type { PageSignal } from '../../../src/detect/tracker';
import { fixtureFiles, loadFixture, pressEnter, settle, track } from './page';

/** What a chat site's unit test tells the shared suite about that site's page. */
export interface ChatSiteCase {
  site: SiteAdapter;
  /** Page fixtures to run on (default: every .html in tests/sites/<id>). */
  fixtures?: string[];
  /** The composer editable; adds the site's composer when a fixture lacks it. */
  composer(): Element;
  /** The send button as the site shows it once text is typed (added or switched on when needed). */
  sendButton(): Element;
  /** Appends a new user turn after the last turn, in the loaded page's markup era; returns it. */
  appendUserTurn(key: string): Element;
  /**
   * Makes `turn` an edited message the way the site does (an editable in it while editing, then a new
   * key in place). Omit for sites whose turns carry no id: there the network counts edits.
   */
  editTurn?(turn: Element, newKey: string): { clickSend(): void; finish(): void };
  /** The key the adapter reads from a turn appended with `key` (default: `key` itself). */
  keyOf?(key: string): string;
}

/**
 * The docs/design.md#what-counts rules every chat site obeys on every fixture: history 0, a send 1, a send without an
 * intent 0, a re-render 0, a lazy load above 0, an edit 1.
 */
export function describeChatSite(c: ChatSiteCase): void {
  const keyOf = c.keyOf ?? ((key: string) => key);
  let tracker: { signals: PageSignal[]; stop(): void } | undefined;
  afterEach(() => tracker?.stop());
  const prompts = () => tracker!.signals.filter((s) => s.kind === 'prompt');

  describe.each(c.fixtures ?? fixtureFiles(c.site.id))(`${c.site.id} on %s`, (file) => {
    beforeEach(() => {
      loadFixture(c.site.id, file);
      c.composer();
    });

    it('finds the history turns but counts none of them, even when re-rendered', async () => {
      tracker = track(c.site);
      const turns = document.querySelectorAll(c.site.userTurn.selector);
      expect(turns.length).toBeGreaterThan(0);
      turns[0]!.replaceWith(turns[0]!.cloneNode(true));
      await settle();
      expect(tracker.signals).toEqual([]);
    });

    it('counts a turn appended after Enter in the composer once, however often it re-renders', async () => {
      tracker = track(c.site);
      pressEnter(c.composer());
      const turn = c.appendUserTurn('new-1');
      await settle();
      turn.replaceWith(turn.cloneNode(true));
      await settle();
      expect(prompts()).toEqual([{ kind: 'prompt', messageKey: keyOf('new-1') }]);
    });

    it('counts a turn appended after a click on the send button', async () => {
      tracker = track(c.site);
      (c.sendButton() as HTMLElement).click();
      c.appendUserTurn('new-2');
      await settle();
      expect(prompts()).toEqual([{ kind: 'prompt', messageKey: keyOf('new-2') }]);
    });

    it('counts nothing for a turn without a send intent, or for Shift+Enter', async () => {
      tracker = track(c.site);
      c.appendUserTurn('by-itself');
      await settle();
      c.composer().dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Enter', shiftKey: true, bubbles: true }),
      );
      c.appendUserTurn('after-shift-enter');
      await settle();
      expect(tracker.signals).toEqual([]);
    });

    it('counts nothing for older turns loaded above while a send is pending', async () => {
      tracker = track(c.site);
      pressEnter(c.composer()); // refused by the site: no turn of its own appears
      const first = document.querySelector(c.site.userTurn.selector)!;
      const older = c.appendUserTurn('older');
      first.before(older); // a lazy list mounts an older turn at the top
      await settle();
      expect(tracker.signals).toEqual([]);
    });

    if (c.editTurn) {
      const editTurn = c.editTurn;
      it('counts an edit that re-keys the turn in place', async () => {
        tracker = track(c.site);
        const turn = c.appendUserTurn('before-edit');
        await settle();
        const edit = editTurn(turn, 'after-edit');
        edit.clickSend();
        edit.finish();
        await settle();
        expect(prompts()).toEqual([{ kind: 'prompt', messageKey: keyOf('after-edit') }]);
      });
    }
  });
}

/**
 * The usual edit where a site's markup for it is unknown: an editor (textarea + button) inside
 * `editorParent` while editing, then `rekey` gives the message its new id and the editor goes away.
 */
export function editWithInlineEditor(
  editorParent: Element,
  rekey: () => void,
): { clickSend(): void; finish(): void } {
  editorParent.insertAdjacentHTML(
    'beforeend',
    '<div class="edit"><textarea></textarea><button type="button">Send</button></div>',
  );
  return {
    clickSend: () => editorParent.querySelector<HTMLElement>('.edit button')!.click(),
    finish() {
      rekey();
      editorParent.querySelector('.edit')!.remove();
    },
  };
}
