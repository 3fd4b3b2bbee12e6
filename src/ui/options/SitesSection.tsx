import type { Translator } from '../../i18n';
import { LoadState } from '../shared/LoadState';
import type { SiteRow } from './data';

/** Per-site switch and the detection-health line of each site. */
export function SitesSection({
  rows,
  t,
  toggle,
}: {
  rows: SiteRow[] | null;
  t: Translator;
  toggle: (row: SiteRow, enabled: boolean) => Promise<void>;
}) {
  const when = new Intl.DateTimeFormat(t.language, { dateStyle: 'medium', timeStyle: 'short' });
  const healthText = (row: SiteRow): string => {
    const h = row.health;
    if (h.status === 'ok') return t('healthOk');
    if (h.status === 'no-data') return t('healthNoData');
    const since = when.format(h.since);
    return t(h.status === 'page-not-recognised' ? 'healthPage' : 'healthNetwork', { since });
  };
  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('sitesHeading')}</h2>
      <p class="intro">{t('sitesIntro')}</p>
      {rows === null ? (
        <LoadState error={null} t={t} />
      ) : (
        <ul class="site-list">
          {rows.map((row) => (
            <li key={row.id} data-testid={`site-row-${row.id}`}>
              <label>
                <input
                  type="checkbox"
                  checked={row.enabled}
                  aria-label={t('countOn', { site: row.name })}
                  onChange={(e) => void toggle(row, (e.currentTarget as HTMLInputElement).checked)}
                />
                <span class="name">{row.name}</span>
              </label>
              <span
                class={`health ${row.health.status}`}
                data-testid={`health-${row.id}`}
                data-status={row.health.status}
              >
                {healthText(row)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p class="intro" data-testid="sites-not-yet">
        {t('sitesNotYet')}
      </p>
      <p class="intro" data-testid="video-sites">
        {t('videoSites')}
      </p>
    </section>
  );
}
