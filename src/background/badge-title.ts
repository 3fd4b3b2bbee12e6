import { computeFootprint, formatCo2, formatEnergy } from '../footprint';
import { plural, translate, type Language } from '../i18n';
import type { UserSettings } from '../settings/settings';
import type { UsageSummary } from '../storage/events';
import type { StorageProblem } from '../storage/items';

/** The toolbar button's tooltip: today's counts and footprint in words. */
export function badgeTitle(
  language: Language,
  today: UsageSummary,
  settings: UserSettings,
): string {
  const count = new Intl.NumberFormat(language);
  const footprint = computeFootprint(today.bySite, settings);
  return [
    `AI Footprint — ${translate(language, 'today').toLowerCase()}:`,
    `${plural(language, 'promptCount', today.prompts, count.format(today.prompts))}, ${plural(language, 'imageCount', today.images, count.format(today.images))}`,
    `${formatEnergy(footprint.wh, language)} · ${formatCo2(footprint.gco2, language)} CO₂`,
  ].join('\n');
}

/** The tooltip while the database refuses writes: how many uses wait, and where to read why. */
export function storageProblemTitle(language: Language, problem: StorageProblem): string {
  const waiting = problem.waiting.length;
  const count = plural(
    language,
    'waitingCount',
    waiting,
    new Intl.NumberFormat(language).format(waiting),
  );
  return translate(language, 'storageBadgeTitle', { count });
}

/** The tooltip with the count of events the full waiting room lost, until the user has seen it. */
export function withDroppedLine(language: Language, title: string, dropped: number): string {
  if (dropped <= 0) return title;
  const n = new Intl.NumberFormat(language).format(dropped);
  return `${title}\n${plural(language, 'droppedBadgeTitle', dropped, n)}`;
}
