import type { SiteAdapter } from '../domain/site';

const EDITABLE = 'textarea, [contenteditable="true"], [contenteditable=""], input[type="text"]';

/**
 * Calls `onIntent` when the user asks to send: Enter (without Shift, not mid-IME composition) in the
 * composer or in a user turn being edited, a click on a send button or on a button of an edit form,
 * or a submit of a form holding the composer. Only real user input counts (`isTrusted`), so a page
 * script cannot fake one. An intent alone never counts; it only lets a new turn that follows it
 * count. Listens in the capture phase so the site cannot swallow the event first.
 */
export function watchSendIntents(
  doc: Document,
  site: Pick<SiteAdapter, 'composer' | 'sendButton' | 'userTurn'>,
  onIntent: () => void,
  trustedOnly = true,
): () => void {
  const inEditingTurn = (el: Element): boolean => {
    const turn = el.closest(site.userTurn.selector);
    return turn !== null && turn.querySelector(EDITABLE) !== null;
  };
  const onKeydown = (event: KeyboardEvent): void => {
    if (trustedOnly && !event.isTrusted) return;
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
    const target = event.target;
    if (!(target instanceof Element)) return;
    if (target.closest(site.composer) || (target.closest(EDITABLE) && inEditingTurn(target)))
      onIntent();
  };
  const onClick = (event: MouseEvent): void => {
    if (trustedOnly && !event.isTrusted) return;
    const target = event.target;
    if (!(target instanceof Element)) return;
    const button = target.closest('button, [role="button"]');
    if (button && (button.matches(site.sendButton) || inEditingTurn(button))) onIntent();
  };
  const onSubmit = (event: Event): void => {
    // A submit is trusted when the user's Enter or click caused it; form.submit() fires none.
    if (trustedOnly && !event.isTrusted) return;
    const form = event.target;
    if (form instanceof Element && form.querySelector(site.composer)) onIntent();
  };
  doc.addEventListener('keydown', onKeydown, true);
  doc.addEventListener('click', onClick, true);
  doc.addEventListener('submit', onSubmit, true);
  return () => {
    doc.removeEventListener('keydown', onKeydown, true);
    doc.removeEventListener('click', onClick, true);
    doc.removeEventListener('submit', onSubmit, true);
  };
}
