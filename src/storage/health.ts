import { ComposerReportSchema, composerReportsItem, type ComposerReports } from './items';
import type { StoredEvent } from './schema';

/** Reads the composer reports; a corrupt value counts as "no reports". */
export async function composerReports(): Promise<ComposerReports> {
  const parsed = ComposerReportSchema.safeParse(await composerReportsItem.getValue());
  return parsed.success ? parsed.data : {};
}

/** Records what a page of `site` found; a missing composer keeps its first "since". */
export async function recordComposerCheck(
  site: string,
  found: boolean,
  now: number,
): Promise<void> {
  const reports = await composerReports();
  const known = reports[site];
  if (found && !known) return;
  if (found) delete reports[site];
  else reports[site] = { missingSince: known?.missingSince ?? now };
  await composerReportsItem.setValue(reports);
}

/** What the options page says about how well a site is recognised. */
export type SiteHealth =
  | { status: 'ok' }
  | { status: 'no-data' }
  | { status: 'page-not-recognised' | 'network-not-recognised'; since: number };

/** Sends looked at, and how many must agree before a signal is called broken. */
const RECENT_SENDS = 5;
const MIN_SENDS = 3;

/**
 * Health of one site from what is stored: a composer that pages no longer show, or recent sends that
 * only one signal saw (the other signal has rotted: a layout or endpoint change). No text is involved.
 */
export function siteHealth(
  events: readonly StoredEvent[],
  composerReport: { missingSince: number } | undefined,
  hasNetworkSignal: boolean,
): SiteHealth {
  if (composerReport) return { status: 'page-not-recognised', since: composerReport.missingSince };
  const sends = events
    .filter((e) => e.kind === 'prompt' && e.trigger === 'send')
    .sort((a, b) => b.at - a.at)
    .slice(0, RECENT_SENDS);
  if (sends.length === 0) {
    // An image site has no sends: an image or video it counted shows its detection works.
    return { status: events.some((e) => e.kind !== 'prompt') ? 'ok' : 'no-data' };
  }
  if (sends.length < MIN_SENDS) return { status: 'ok' };
  const since = (missing: (e: StoredEvent) => boolean): number | null => {
    const run = sends.filter(missing);
    return run.length === sends.length ? Math.min(...run.map((e) => e.at)) : null;
  };
  const pageMissing = hasNetworkSignal ? since((e) => !e.sources.includes('dom')) : null;
  if (pageMissing !== null) return { status: 'page-not-recognised', since: pageMissing };
  const networkMissing = hasNetworkSignal ? since((e) => !e.sources.includes('net')) : null;
  if (networkMissing !== null) return { status: 'network-not-recognised', since: networkMissing };
  return { status: 'ok' };
}
