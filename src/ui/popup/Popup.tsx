import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import {
  computeFootprint,
  DEFAULT_FOOTPRINT_SETTINGS,
  formatCo2,
  formatEnergy,
  formatWater,
} from '../../footprint';
import { languageFor, plural, translate, type Language, type MessageKey } from '../../i18n';
import { siteById } from '../../sites/registry';
import type { UsageSummary } from '../../storage/events';
import { loadToday } from './data';
import './popup.css';

type State =
  | { status: 'loading' }
  | { status: 'ready'; usage: UsageSummary }
  | { status: 'error'; error: string };

/** The toolbar popup: today's prompts, images and their footprint. */
export function Popup({
  load = loadToday,
  openOptions = () => browser.runtime.openOptionsPage(),
  language = languageFor(navigator.language),
}: {
  load?: () => Promise<UsageSummary>;
  openOptions?: () => Promise<void>;
  language?: Language;
}) {
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    load().then(
      (usage) => setState({ status: 'ready', usage }),
      (error: unknown) => setState({ status: 'error', error: String(error) }),
    );
  }, [load]);
  const t = (key: MessageKey, values?: Record<string, string>) => translate(language, key, values);
  const locale = language;

  return (
    <main class="popup" lang={language}>
      <header>
        <h1>AI Footprint</h1>
        <span class="period">{t('today')}</span>
      </header>
      {state.status === 'loading' && <p class="note">{t('loading')}</p>}
      {state.status === 'error' && (
        <p class="note error" role="alert">
          {t('storageError', { error: state.error })}
        </p>
      )}
      {state.status === 'ready' && <Today usage={state.usage} t={t} locale={locale} />}
      <footer class="note">
        <span>{t('privacy')}</span>
        <button type="button" class="link" onClick={() => void openOptions()}>
          {t('openOptions')}
        </button>
      </footer>
    </main>
  );
}

function Today({
  usage,
  t,
  locale,
}: {
  usage: UsageSummary;
  t: (key: MessageKey) => string;
  locale: Language;
}) {
  const footprint = computeFootprint(usage.bySite, DEFAULT_FOOTPRINT_SETTINGS);
  const count = new Intl.NumberFormat(locale);
  return (
    <>
      <section class="counts">
        <Figure
          testId="today-prompts"
          value={usage.prompts}
          label={t('prompts')}
          text={count.format(usage.prompts)}
        />
        <Figure
          testId="today-images"
          value={usage.images}
          label={t('images')}
          text={count.format(usage.images)}
        />
      </section>
      <section class="impact">
        <Impact
          testId="today-wh"
          value={footprint.wh}
          label={t('energy')}
          text={formatEnergy(footprint.wh, locale)}
          tone="energy"
        />
        <Impact
          testId="today-co2"
          value={footprint.gco2}
          label={t('co2')}
          text={formatCo2(footprint.gco2, locale)}
          tone="co2"
        />
        <Impact
          testId="today-water"
          value={footprint.ml}
          label={t('water')}
          text={formatWater(footprint.ml, locale)}
          tone="water"
        />
      </section>
      {usage.bySite.length === 0 ? (
        <p class="note">{t('nothingYet')}</p>
      ) : (
        <section>
          <h2>{t('perSite')}</h2>
          <ul class="sites">
            {usage.bySite.map((s) => (
              <li key={s.site} data-testid={`site-${s.site}`}>
                <span>{siteById(s.site)?.name ?? s.site}</span>
                <span class="muted">
                  {plural(locale, 'promptCount', s.prompts, count.format(s.prompts))}
                  {s.images > 0 &&
                    ` · ${plural(locale, 'imageCount', s.images, count.format(s.images))}`}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <p class="note">{t('presetLine')}</p>
    </>
  );
}

function Figure({
  testId,
  value,
  label,
  text,
}: {
  testId: string;
  value: number;
  label: string;
  text: string;
}) {
  return (
    <div class="figure">
      <span class="value" data-testid={testId} data-value={value}>
        {text}
      </span>
      <span class="label">{label}</span>
    </div>
  );
}

function Impact({
  testId,
  value,
  label,
  text,
  tone,
}: {
  testId: string;
  value: number;
  label: string;
  text: string;
  tone: 'energy' | 'co2' | 'water';
}) {
  return (
    <div class={`impact-row ${tone}`}>
      <span class="label">{label}</span>
      <span class="value" data-testid={testId} data-value={value}>
        {text}
      </span>
    </div>
  );
}
