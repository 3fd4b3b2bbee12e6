import { useEffect, useMemo, useState } from 'preact/hooks';
import { chosenLanguage, type Language } from '../../i18n';
import type { LanguageChoice } from '../../settings/settings';
import { shiftWeek, weekFromHash, weekOf, type Week } from '../../storage/weeks';
import { weekStartFor } from '../../storage/day';
import type { WeekData } from './data';

/** What the page shows: loading, one week's data, or why it could not be read. */
type WeekState =
  | { status: 'loading' }
  | { status: 'ready'; week: Week; data: WeekData }
  | { status: 'error'; error: string };

/**
 * The week the page shows and its data. The week comes from the URL hash (`#2026-W47`), else it is
 * the week of `now`; it starts on the day the page's language sets, which is only known once the
 * settings are read with the first week's data: when that changes the first day, the week is read
 * again and nothing of the other kind of week is shown meanwhile.
 */
export function useWeek({
  load,
  now,
  localeTag,
  forcedLanguage,
}: {
  load: (week: Week, previous: Week) => Promise<WeekData>;
  now: () => number;
  localeTag: string;
  forcedLanguage: Language | undefined;
}) {
  const [hash, setHash] = useState(() => globalThis.location?.hash ?? '');
  const [choice, setChoice] = useState<LanguageChoice>('auto');
  const [state, setState] = useState<WeekState>({ status: 'loading' });
  const [reloads, setReloads] = useState(0);
  const language = forcedLanguage ?? chosenLanguage(choice);
  const weekStartsOn = weekStartFor(language, localeTag);
  const week = useMemo(() => weekFromHash(hash, now(), weekStartsOn), [hash, now, weekStartsOn]);

  useEffect(() => {
    const onHash = () => setHash(location.hash);
    globalThis.addEventListener?.('hashchange', onHash);
    return () => globalThis.removeEventListener?.('hashchange', onHash);
  }, []);

  useEffect(() => {
    let live = true;
    load(week, shiftWeek(week, -1, weekStartsOn)).then(
      (data) => {
        if (!live) return;
        setState({ status: 'ready', week, data });
        setChoice(data.settings.language);
      },
      (error: unknown) => live && setState({ status: 'error', error: String(error) }),
    );
    return () => {
      live = false;
    };
  }, [week.id, weekStartsOn, load, reloads]);

  // While another week is read, the last one stays up (no flicker when paging), unless its weeks
  // start on another day: then its figures would be shown under the wrong dates.
  const shown: WeekState =
    state.status === 'ready' && new Date(state.week.start).getDay() !== weekStartsOn
      ? { status: 'loading' }
      : state;

  return {
    state: shown,
    /** The week on screen: the one whose data is shown, else the one being read. */
    week: shown.status === 'ready' ? shown.week : week,
    /** This week, which the picker cannot go past. */
    current: weekOf(now(), weekStartsOn),
    language,
    weekStartsOn,
    /** Shows `next` and puts it in the URL, without a history entry per click. */
    go: (next: Week) => {
      globalThis.history?.replaceState(null, '', `#${next.id}`);
      setHash(`#${next.id}`);
    },
    /** Reads the week again (after an import or a reset). */
    reload: () => setReloads((n) => n + 1),
  };
}
