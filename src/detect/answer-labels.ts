import type { AnswerQuery, TurnQuery } from '../domain/site';

/** How often, at most, a page that is still changing is looked at for a finished answer. */
const CHECK_EVERY_MS = 250;

/** A label the finished answer gave a send: the event key that send was reported under. */
export type AnswerLabelListener = (
  key: string,
  label: ReturnType<AnswerQuery['label']> & {},
) => void;

/**
 * Reads, for each send this page made, the model its finished answer names (see AnswerQuery): once,
 * when no answer is being written any more. Only sends handed to `expect` are read, so history and an
 * answer that renders again later are never read; the background keeps the stronger label anyway.
 * The observer runs only while a send waits for its answer, and looks at most every CHECK_EVERY_MS.
 */
export function watchAnswerLabels(
  query: AnswerQuery,
  turns: TurnQuery,
  doc: Document,
  onLabel: AnswerLabelListener,
) {
  /** Message key of the user turn → the key its event was reported under. */
  const waiting = new Map<string, string>();
  let observer: MutationObserver | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const answerAfter = (messageKey: string): Element | undefined => {
    const turn = [...doc.querySelectorAll(turns.selector)].find((t) => turns.key(t) === messageKey);
    if (!turn) return undefined;
    // The first answer after the user turn (or inside it, where one element holds both).
    return [...doc.querySelectorAll(query.selector)].find(
      (answer) => turn.compareDocumentPosition(answer) & Node.DOCUMENT_POSITION_FOLLOWING,
    );
  };
  const check = (): void => {
    timer = undefined;
    if (doc.querySelector(query.streaming)) return;
    for (const [messageKey, key] of waiting) {
      const answer = answerAfter(messageKey);
      if (!answer) continue;
      waiting.delete(messageKey);
      const label = query.label(answer);
      if (label) onLabel(key, label);
    }
    if (waiting.size === 0) stop();
  };
  const schedule = (): void => {
    timer ??= setTimeout(check, CHECK_EVERY_MS);
  };
  const stop = (): void => {
    observer?.disconnect();
    observer = undefined;
    if (timer) clearTimeout(timer);
    timer = undefined;
  };

  return {
    /** The send of user turn `messageKey` was reported under `key`: read its answer when done. */
    expect(messageKey: string, key: string): void {
      waiting.set(messageKey, key);
      if (!observer) {
        observer = new MutationObserver(schedule);
        observer.observe(doc.documentElement, { childList: true, subtree: true, attributes: true });
      }
      schedule();
    },
    stop(): void {
      waiting.clear();
      stop();
    },
  };
}
