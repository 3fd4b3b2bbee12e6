import { useEffect, useState } from 'preact/hooks';
import { languageFor, translate, type Language, type MessageKey } from '../../i18n';
import { loadSiteRows, setSiteEnabled, type SiteRow } from './data';
import './options.css';

/** The options page. Sites first; presets, region and budgets join it with the footprint settings. */
export function Options({
  load = loadSiteRows,
  setEnabled = setSiteEnabled,
  language = languageFor(navigator.language),
}: {
  load?: () => Promise<SiteRow[]>;
  setEnabled?: (site: string, enabled: boolean) => Promise<void>;
  language?: Language;
}) {
  const [rows, setRows] = useState<SiteRow[] | null>(null);
  const t = (key: MessageKey, values?: Record<string, string>) => translate(language, key, values);
  useEffect(() => {
    void load().then(setRows);
  }, [load]);

  const toggle = async (row: SiteRow, enabled: boolean) => {
    await setEnabled(row.id, enabled);
    setRows((current) => current?.map((r) => (r.id === row.id ? { ...r, enabled } : r)) ?? null);
  };
  const when = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
  const healthText = (row: SiteRow): string => {
    const h = row.health;
    if (h.status === 'ok') return t('healthOk');
    if (h.status === 'no-data') return t('healthNoData');
    const since = when.format(h.since);
    return t(h.status === 'page-not-recognised' ? 'healthPage' : 'healthNetwork', { since });
  };

  return (
    <main class="options" lang={language}>
      <h1>{t('optionsTitle')}</h1>
      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">{t('sitesHeading')}</h2>
        <p class="intro">{t('sitesIntro')}</p>
        {rows === null ? (
          <p>{t('loading')}</p>
        ) : (
          <ul class="site-list">
            {rows.map((row) => (
              <li key={row.id} data-testid={`site-row-${row.id}`}>
                <label>
                  <input
                    type="checkbox"
                    checked={row.enabled}
                    aria-label={t('countOn', { site: row.name })}
                    onChange={(e) =>
                      void toggle(row, (e.currentTarget as HTMLInputElement).checked)
                    }
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
      </section>
    </main>
  );
}
