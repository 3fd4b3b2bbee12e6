import { useEffect, useState } from 'preact/hooks';
import type { z } from 'zod';
import { browserLanguageTag, languageFor, type Language } from '../../i18n';
import type { UserSettings } from '../../settings/settings';
import { LoadState } from '../shared/LoadState';
import { useDocumentLanguage } from '../shared/use-document-language';
import { AssumptionsSection } from './AssumptionsSection';
import { BadgeSection } from './BadgeSection';
import { ClassSection } from './ClassSection';
import {
  loadSettings as loadUserSettings,
  loadSiteRows,
  saveSettings as saveUserSettings,
  setSiteEnabled,
  type SiteRow,
} from './data';
import { LanguageSection } from './LanguageSection';
import { ScopeSection } from './ScopeSection';
import { SitesSection } from './SitesSection';
import { useSettingsForm } from './use-settings-form';
import './options.css';

/**
 * The options page: footprint assumptions, badge and budgets, sites, language, what is counted and the class page.
 * Every change is validated with the settings schema and saved at once; an invalid value shows its
 * error next to the field and saves nothing.
 */
export function Options({
  load = loadSiteRows,
  setEnabled = setSiteEnabled,
  language: browserLanguage = languageFor(browserLanguageTag()),
  loadSettings = loadUserSettings,
  saveSettings = saveUserSettings,
}: {
  load?: () => Promise<SiteRow[]>;
  setEnabled?: (site: string, enabled: boolean) => Promise<void>;
  /** The browser's language, shown while the language setting is "browser default". */
  language?: Language;
  loadSettings?: () => Promise<UserSettings>;
  saveSettings?: (change: Partial<UserSettings>) => Promise<z.core.$ZodIssue[] | null>;
}) {
  const { form, t, loadError, status, showSaved, showSaveError } = useSettingsForm({
    loadSettings,
    saveSettings,
    browserLanguage,
  });
  const [rows, setRows] = useState<SiteRow[] | null>(null);
  useDocumentLanguage(t.language, t('optionsTitle'));
  useEffect(() => {
    void load().then(setRows);
  }, [load]);

  const toggle = async (row: SiteRow, enabled: boolean) => {
    try {
      await setEnabled(row.id, enabled);
      setRows((current) => current?.map((r) => (r.id === row.id ? { ...r, enabled } : r)) ?? null);
      showSaved();
    } catch (error) {
      showSaveError(error);
    }
  };

  return (
    <main class="options" lang={t.language}>
      <header class="page-head">
        <h1>{t('optionsTitle')}</h1>
        <p
          class={`status${status && 'error' in status ? ' failed' : ''}`}
          role="status"
          aria-live="polite"
          data-testid="save-status"
        >
          {status &&
            ('error' in status ? t('saveFailed', { error: status.error }) : t('savedStatus'))}
        </p>
      </header>
      {form ? (
        <>
          <AssumptionsSection {...form} />
          <BadgeSection {...form} />
        </>
      ) : (
        <LoadState error={loadError} errorKey="settingsError" t={t} />
      )}
      <SitesSection rows={rows} t={t} toggle={toggle} />
      {form && <LanguageSection {...form} />}
      <ScopeSection t={t} />
      <ClassSection t={t} />
    </main>
  );
}
