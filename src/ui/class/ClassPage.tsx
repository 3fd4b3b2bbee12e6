import { useEffect, useMemo, useState } from 'preact/hooks';
import { classFigures, MIN_GROUP } from '../../class/figures';
import { chosenLanguage, translator, type Language } from '../../i18n';
import type { UserSettings } from '../../settings/settings';
import type { StoredClassShare } from '../../storage/schema';
import { parseWeekId } from '../../storage/weeks';
import { dateOf } from '../footprint/dates';
import { LoadState } from '../shared/LoadState';
import { useDocumentLanguage } from '../shared/use-document-language';
import { ClassFiguresView } from './ClassFigures';
import { ClassImport } from './ClassImport';
import { ClassSplits } from './ClassSplits';
import { indexedDbClassStore, type ClassIndex, type ClassStore } from './data';
import './class.css';

type Choice = { classId: string; week: string } | null;

/**
 * The teacher's class page: add share files, choose a class and week, see the group's figures (or,
 * below the privacy floor, only why not), print, and remove shares.
 */
export function ClassPage({
  store = indexedDbClassStore,
  language: forcedLanguage,
}: {
  store?: ClassStore;
  /** Overrides the language setting (tests). */
  language?: Language;
}) {
  const [settings, setSettings] = useState<UserSettings | null>(null);
  const [index, setIndex] = useState<ClassIndex | null>(null);
  const [choice, setChoice] = useState<Choice>(null);
  const [shares, setShares] = useState<StoredClassShare[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<'class' | 'all' | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  /** True from a (re)load of the index until the chosen week's shares are read (tests wait on it). */
  const [busy, setBusy] = useState(true);

  const language = forcedLanguage ?? chosenLanguage(settings?.language ?? 'auto');
  const t = translator(language);
  const fail = (e: unknown) => setError(String(e));

  const reloadIndex = (next?: Choice) => {
    setBusy(true);
    return store.index().then((classes) => {
      setIndex(classes);
      const keep = next ?? choice;
      const known = classes.find((c) => c.classId === keep?.classId);
      const first = classes[0];
      setChoice(
        known && keep
          ? {
              classId: known.classId,
              week: known.weeks.includes(keep.week) ? keep.week : known.weeks[0]!,
            }
          : first
            ? { classId: first.classId, week: first.weeks[0]! }
            : null,
      );
    }, fail);
  };

  useEffect(() => {
    store.settings().then(setSettings, fail);
    void reloadIndex();
  }, [store]);

  useEffect(() => {
    if (!choice) {
      setShares(null);
      if (index) setBusy(false);
      return;
    }
    let live = true;
    store.shares(choice.classId, choice.week).then((s) => {
      if (!live) return;
      setShares(s);
      setBusy(false);
    }, fail);
    return () => {
      live = false;
    };
  }, [store, choice?.classId, choice?.week, index]);

  useDocumentLanguage(language, `${t('class.title')} – AI Footprint`);

  const figures = useMemo(
    () => (shares && settings ? classFigures(shares, settings) : null),
    [shares, settings],
  );

  const remove = async () => {
    if (confirm === 'class' && choice) await store.removeClass(choice.classId).catch(fail);
    if (confirm === 'all') await store.removeAll().catch(fail);
    setConfirm(null);
    setStatus(t('class.removed'));
    await reloadIndex(null);
  };

  const classWeeks = index?.find((c) => c.classId === choice?.classId)?.weeks ?? [];
  const week = choice ? parseWeekId(choice.week, 1) : null;
  const dayLong = new Intl.DateTimeFormat(language, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });

  return (
    <main class="footprint-page class-page" lang={language} data-busy={String(busy)}>
      <header class="page-head">
        <h1>AI Footprint · {t('class.title')}</h1>
        <button type="button" class="no-print" onClick={() => globalThis.print?.()}>
          {t('print')}
        </button>
      </header>
      <p class="note intro no-print">{t('class.intro')}</p>
      {error && index !== null && (
        <p class="note error" role="alert">
          {t('class.loadError', { error })}
        </p>
      )}

      <ClassImport
        store={store}
        classes={index?.map((c) => c.classId) ?? []}
        current={choice?.classId ?? ''}
        t={t}
        onStored={(next) => void reloadIndex(next)}
      />

      <section class="card choose" aria-labelledby="choose-heading">
        <h2 id="choose-heading">{t('class.chooseHeading')}</h2>
        {index === null ? (
          <LoadState error={error} errorKey="class.loadError" t={t} />
        ) : index.length === 0 ? (
          <p class="note" data-testid="class-none">
            {t('class.noShares')}
          </p>
        ) : (
          <div class="controls">
            <label>
              {t('class.chooseClass')}{' '}
              <select
                data-testid="class-choose"
                value={choice?.classId}
                onChange={(e) => {
                  const c = index.find((x) => x.classId === e.currentTarget.value)!;
                  setChoice({ classId: c.classId, week: c.weeks[0]! });
                }}
              >
                {index.map((c) => (
                  <option key={c.classId} value={c.classId}>
                    {c.classId}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('class.chooseWeek')}{' '}
              <select
                data-testid="class-week"
                value={choice?.week}
                onChange={(e) =>
                  setChoice({ classId: choice!.classId, week: e.currentTarget.value })
                }
              >
                {classWeeks.map((w) => (
                  <option key={w} value={w}>
                    {w}
                  </option>
                ))}
              </select>
            </label>
          </div>
        )}
        {choice && week && (
          <p class="week-label" data-testid="class-week-label" data-value={week.id}>
            {choice.classId} ·{' '}
            {t('class.weekLabel', {
              week: week.id,
              from: dayLong.format(dateOf(week.days[0]!)),
              to: dayLong.format(dateOf(week.days[6]!)),
            })}
          </p>
        )}
      </section>

      {figures?.status === 'too-small' && choice && (
        <section class="card" aria-live="polite">
          <p class="too-small" data-testid="class-too-small" data-members={figures.members}>
            {t('class.tooSmall', {
              members: t.plural('class.memberCount', figures.members),
              week: choice.week,
              min: String(MIN_GROUP),
            })}
          </p>
        </section>
      )}
      {figures?.status === 'ok' && settings && (
        <>
          <ClassFiguresView figures={figures} settings={settings} t={t} />
          <ClassSplits figures={figures} t={t} />
        </>
      )}

      {index && index.length > 0 && (
        <section class="card no-print" aria-labelledby="manage-heading">
          <h2 id="manage-heading">{t('class.manageHeading')}</h2>
          <div class="buttons">
            {choice && (
              <button
                type="button"
                class="danger"
                data-testid="class-remove"
                onClick={() => setConfirm('class')}
              >
                {t('class.removeClass', { class: choice.classId })}
              </button>
            )}
            <button
              type="button"
              class="danger"
              data-testid="class-remove-all"
              onClick={() => setConfirm('all')}
            >
              {t('class.removeAll')}
            </button>
          </div>
          {confirm && (
            <div class="confirm" role="alertdialog" aria-labelledby="remove-text">
              <p id="remove-text">
                {confirm === 'class'
                  ? t('class.removeClassConfirm', { class: choice?.classId ?? '' })
                  : t('class.removeAllConfirm')}
              </p>
              <div class="buttons">
                <button
                  type="button"
                  class="danger"
                  data-testid="class-remove-confirm"
                  onClick={() => void remove()}
                >
                  {t('class.removeYes')}
                </button>
                <button type="button" onClick={() => setConfirm(null)} autoFocus>
                  {t('class.removeCancel')}
                </button>
              </div>
            </div>
          )}
          {status && (
            <p class="note ok" role="status">
              {status}
            </p>
          )}
        </section>
      )}
      <footer class="note">{t('class.privacy', { min: String(MIN_GROUP) })}</footer>
    </main>
  );
}
