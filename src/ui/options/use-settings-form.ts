import { useEffect, useRef, useState } from 'preact/hooks';
import type { z } from 'zod';
import { chosenLanguage, translator, type Language, type Translator } from '../../i18n';
import { settingsSchema, type UserSettings } from '../../settings/settings';
import {
  boundsOf,
  formatDecimal,
  issueField,
  parseDecimal,
  problemOf,
  type FieldId,
  type FieldProblem,
  type NumberField,
} from './numbers';

/** How long the "Saved" note stays up after a change. */
const SAVED_NOTE_MS = 2500;

/** What every settings section needs from the form. */
export interface FormContext {
  settings: UserSettings;
  browserLanguage: Language;
  t: Translator;
  problems: Partial<Record<FieldId, FieldProblem>>;
  /** The text a number field shows: what was typed, or the stored value. */
  numberText: (field: NumberField) => string;
  /** A number field was typed in (`leaving` = false) or left / confirmed with Enter (true). */
  editNumber: (field: NumberField, text: string, leaving: boolean) => void;
  /** Validates and saves a change; false when it is invalid (the field then shows why). */
  commit: (field: FieldId, change: Partial<UserSettings>) => boolean;
}

/** The settings change a number field's value makes. */
function changeFor(base: UserSettings, field: NumberField, value: number | null) {
  if (field === 'custom.promptWh') return { custom: { ...base.custom, promptWh: value ?? NaN } };
  if (field === 'custom.imageWh') return { custom: { ...base.custom, imageWh: value ?? NaN } };
  if (field === 'custom.videoWhPerSecond') {
    return { custom: { ...base.custom, videoWhPerSecond: value ?? NaN } };
  }
  return { [field]: value };
}

function storedNumber(base: UserSettings, field: NumberField): number | null {
  if (field === 'custom.promptWh') return base.custom.promptWh;
  if (field === 'custom.imageWh') return base.custom.imageWh;
  if (field === 'custom.videoWhPerSecond') return base.custom.videoWhPerSecond;
  return base[field];
}

/**
 * The options page's form: reads the settings, validates every change with the settings schema and
 * saves it at once; an invalid value shows its error next to the field and saves nothing. Also the
 * page's save status ("Saved", or why not), which the site switches report to as well.
 */
export function useSettingsForm({
  loadSettings,
  saveSettings,
  browserLanguage,
}: {
  loadSettings: () => Promise<UserSettings>;
  saveSettings: (change: Partial<UserSettings>) => Promise<z.core.$ZodIssue[] | null>;
  browserLanguage: Language;
}) {
  const [settings, setSettings] = useState<UserSettings | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [drafts, setDrafts] = useState<Partial<Record<NumberField, string>>>({});
  const [problems, setProblems] = useState<Partial<Record<FieldId, FieldProblem>>>({});
  const [status, setStatus] = useState<{ saved: true } | { error: string } | null>(null);
  // The settings as saved so far: two quick changes must build on each other, not on a stale render.
  const current = useRef<UserSettings | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const statusTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const language =
    settings && settings.language !== 'auto' ? chosenLanguage(settings.language) : browserLanguage;
  const t = translator(language);

  useEffect(() => {
    loadSettings().then(
      (loaded) => {
        current.current = loaded;
        setSettings(loaded);
      },
      (error: unknown) => setLoadError(String(error)),
    );
  }, [loadSettings]);
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

  /**
   * Typing saves every valid value at once. An error appears when the field is left (or Enter is
   * pressed) with an invalid value, and follows the typing from then on until the value is valid.
   */
  const editNumber = (field: NumberField, text: string, leaving: boolean) => {
    setDrafts((all) => ({ ...all, [field]: text }));
    const base = current.current;
    if (!base) return;
    const value = parseDecimal(text, language);
    const change = changeFor(base, field, value);
    const problem = check(field, change);
    if (problem) {
      if (leaving || problems[field]) setProblem(field, problem);
      return;
    }
    if (!Object.is(value, storedNumber(base, field)) && !commit(field, change)) return;
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
    const base = current.current;
    const value = settings && base ? storedNumber(base, field) : null;
    return value === null ? '' : formatDecimal(value, language);
  };

  const form: FormContext | null = settings && {
    settings,
    browserLanguage,
    t,
    problems,
    numberText,
    editNumber,
    commit,
  };
  return { form, t, loadError, status, showSaved, showSaveError };
}
