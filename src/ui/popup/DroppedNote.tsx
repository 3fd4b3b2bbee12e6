import { useLayoutEffect, useState } from 'preact/hooks';
import type { Translator } from '../../i18n';

/**
 * How many prompts and images were lost because the waiting room was full, until the user says they
 * have seen it (or resets). Nothing when none were lost.
 */
export function DroppedNote({
  load,
  markSeen,
  t,
}: {
  load: () => Promise<number>;
  markSeen: () => Promise<void>;
  t: Translator;
}) {
  const [dropped, setDropped] = useState(0);
  useLayoutEffect(() => {
    load().then(setDropped, () => setDropped(0));
  }, []);
  if (dropped <= 0) return null;
  return (
    <p class="note error" role="alert" data-testid="dropped-events">
      {t.plural('droppedEvents', dropped)}{' '}
      <button
        type="button"
        class="link"
        data-testid="dropped-seen"
        onClick={() => void markSeen().then(() => setDropped(0))}
      >
        {t('droppedSeen')}
      </button>
    </p>
  );
}
