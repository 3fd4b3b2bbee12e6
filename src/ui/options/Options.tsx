import { useEffect, useRef, useState } from 'preact/hooks';
import type { z } from 'zod';
import {
  browserLanguageTag,
  chosenLanguage,
  languageFor,
  translate,
  type Language,
  type MessageKey,
} from '../../i18n';
import { settingsSchema, type UserSettings } from '../../settings/settings';
import { ClassPageLink } from '../class/ClassPageLink';
import {
  loadSettings as loadUserSettings,
  loadSiteRows,
  saveSettings as saveUserSettings,
  setSiteEnabled,
  type SiteRow,
} from './data';
import {
  formatDecimal,
  issueField,
  parseDecimal,
  problemOf,
  type FieldId,
  type FieldProblem,
  type NumberField,
} from './numbers';
import {
  AssumptionsSection,
  BadgeSection,
  LanguageSection,
  ScopeSection,
  boundsOf,
  type FormContext,
} from './sections';
import './options.css';

type Translate = (key: MessageKey, values?: Record<string, string>) => string;

/** How long the "Saved" note stays up after a change. */
const SAVED_NOTE_MS = 2500;

/**
 * The options page: footprint assumptions, badge and budgets, sites, language and what is counted.
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
  const [rows, setRows] = useState<SiteRow[] | null>(null);
  const [settings, setSettings] = useState<UserSettings | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [drafts, setDrafts] = useState<Partial<Record<NumberField, string>>>({});
  const [problems, setProblems] = useState<Partial<Record<FieldId, FieldProblem>>>({});
  const [status, setStatus] = useState<{ saved: true } | { error: string } | null>(null);
  const current = useRef<UserSettings | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const statusTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const language =
    settings && settings.language !== 'auto' ? chosenLanguage(settings.language) : browserLanguage;
  const t: Translate = (key, values) => translate(language, key, values);

  useEffect(() => {
    void load().then(setRows);
  }, [load]);
  useEffect(() => {
    loadSettings().then(
      (loaded) => {
        current.current = loaded;
        setSettings(loaded);
      },
      (error: unknown) => setLoadError(String(error)),
    );
  }, [loadSettings]);
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = translate(language, 'optionsTitle');
  }, [language]);
  useEffect(() => () => clearTimeout(statusTimer.current), []);

  const showSaved = () => {
    clearTimeout(statusTimer.current);
    setStatus({ saved: true });
    statusTimer.current = setTimeout(() => setStatus(null), SAVED_NOTE_MS);
  };
  const showSaveError = (error: unknown) => {
    clearTimeout(statusTimer.current);
    setStatus({ error: String(error) });
  };
  const setProblem = (field: FieldId, problem: FieldProblem | undefined) =>
    setProblems((all) => {
      if (all[field] === problem) return all;
      const next = { ...all };
      if (problem) next[field] = problem;
      else delete next[field];
      return next;
    });

  /** What is wrong with `field` if `change` were saved, or undefined when it can be saved. */
  const check = (field: FieldId, change: Partial<UserSettings>): FieldProblem | undefined => {
    const base = current.current;
    if (!base) return { kind: 'invalid' };
    const parsed = settingsSchema.safeParse({ ...base, ...change });
    if (parsed.success) return undefined;
    const issue =
      parsed.error.issues.find((i) => issueField(i) === field) ?? parsed.error.issues[0]!;
    return problemOf(issue, boundsOf(field));
  };

  /**
   * Validates and saves one change. The page shows it at once; saves run one after another so that
   * two quick changes cannot overwrite each other. Returns false when the change is invalid.
   */
  const commit = (field: FieldId, change: Partial<UserSettings>): boolean => {
    const problem = check(field, change);
    setProblem(field, problem);
    if (problem || !current.current) return false;
    current.current = { ...current.current, ...change };
    setSettings(current.current);
    queue.current = queue.current
      .then(async () => {
        const issues = await saveSettings(change);
        if (!issues) return showSaved();
        for (const issue of issues) {
          const at = issueField(issue);
          setProblem(at, problemOf(issue, boundsOf(at)));
        }
        // Show what is really stored rather than the change that was refused.
        const stored = await loadSettings();
        current.current = stored;
        setSettings(stored);
      })
      .catch(showSaveError);
    return true;
  };

  /** The settings change a number field's value makes. */
  const changeFor = (field: NumberField, value: number | null): Partial<UserSettings> => {
    const base = current.current!;
    if (field === 'custom.promptWh') return { custom: { ...base.custom, promptWh: value ?? NaN } };
    if (field === 'custom.imageWh') return { custom: { ...base.custom, imageWh: value ?? NaN } };
    return { [field]: value };
  };
  const storedNumber = (field: NumberField): number | null => {
    const base = current.current!;
    if (field === 'custom.promptWh') return base.custom.promptWh;
    if (field === 'custom.imageWh') return base.custom.imageWh;
    return base[field];
  };

  /**
   * Typing saves every valid value at once. An error appears when the field is left (or Enter is
   * pressed) with an invalid value, and follows the typing from then on until the value is valid.
   */
  const editNumber = (field: NumberField, text: string, leaving: boolean) => {
    setDrafts((all) => ({ ...all, [field]: text }));
    const value = parseDecimal(text, language);
    const change = changeFor(field, value);
    const problem = check(field, change);
    if (problem) {
      if (leaving || problems[field]) setProblem(field, problem);
      return;
    }
    if (!Object.is(value, storedNumber(field)) && !commit(field, change)) return;
    setProblem(field, undefined);
    if (leaving) {
      setDrafts((all) => {
        const next = { ...all };
        delete next[field];
        return next;
      });
    }
  };
  const numberText = (field: NumberField): string => {
    const draft = drafts[field];
    if (draft !== undefined) return draft;
    const value = settings ? storedNumber(field) : null;
    return value === null ? '' : formatDecimal(value, language);
  };

  const toggle = async (row: SiteRow, enabled: boolean) => {
    try {
      await setEnabled(row.id, enabled);
      setRows((current) => current?.map((r) => (r.id === row.id ? { ...r, enabled } : r)) ?? null);
      showSaved();
    } catch (error) {
      showSaveError(error);
    }
  };

  const context: FormContext | null = settings && {
    settings,
    language,
    browserLanguage,
    t,
    problems,
    numberText,
    editNumber,
    commit,
  };

  return (
    <main class="options" lang={language}>
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
      {loadError ? (
        <p class="error" role="alert">
          {t('settingsError', { error: loadError })}
        </p>
      ) : null}
      {context ? (
        <>
          <AssumptionsSection {...context} />
          <BadgeSection {...context} />
        </>
      ) : (
        !loadError && <p>{t('loading')}</p>
      )}
      <SitesSection rows={rows} language={language} t={t} toggle={toggle} />
      {context && <LanguageSection {...context} />}
      <ScopeSection language={language} t={t} />
      <ClassPageLink language={language} />
    </main>
  );
}

/** Per-site switch and the detection-health line of each site. */
function SitesSection({
  rows,
  language,
  t,
  toggle,
}: {
  rows: SiteRow[] | null;
  language: Language;
  t: Translate;
  toggle: (row: SiteRow, enabled: boolean) => Promise<void>;
}) {
  const when = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
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
    </section>
  );
}
