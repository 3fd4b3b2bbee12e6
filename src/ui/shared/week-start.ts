import type { Day } from 'date-fns';
import type { Language } from '../../i18n';
import { firstDayOfWeek } from '../../storage/day';

/**
 * The first day of the week on a page in `language`: Monday for Dutch (as in the Netherlands and
 * Belgium, whatever the browser's region), otherwise the first day of `localeTag`'s region.
 */
export function weekStartFor(language: Language, localeTag: string): Day {
  return language === 'nl' ? 1 : firstDayOfWeek(localeTag);
}
