import { composerReports, siteHealth, type SiteHealth } from '../../storage/health';
import { disabledSites, setSiteEnabled } from '../../settings/sites';
import { SITES } from '../../sites/registry';
import { openFootprintDb } from '../../storage/db';

/** One row of the options page's site list. */
export interface SiteRow {
  id: string;
  name: string;
  enabled: boolean;
  health: SiteHealth;
}

/** Health looks at the last few weeks only: an old miss says nothing about today's layout. */
const HEALTH_WINDOW_MS = 28 * 24 * 60 * 60_000;

/** Every site with its on/off state and detection health. */
export async function loadSiteRows(now = Date.now()): Promise<SiteRow[]> {
  const db = await openFootprintDb();
  try {
    const [events, reports, disabled] = await Promise.all([
      db.getAllFromIndex('events', 'by-at', IDBKeyRange.lowerBound(now - HEALTH_WINDOW_MS)),
      composerReports(),
      disabledSites(),
    ]);
    return SITES.map((site) => ({
      id: site.id,
      name: site.name,
      enabled: !disabled.includes(site.id),
      health: siteHealth(
        events.filter((e) => e.site === site.id),
        reports[site.id],
        Boolean(site.network?.length || site.bridge?.socketSends),
      ),
    }));
  } finally {
    db.close();
  }
}

export { setSiteEnabled };

/** The user's settings, parsed on read (a corrupt stored value falls back to its default). */
export { loadSettings, saveSettings } from '../../settings/settings';
