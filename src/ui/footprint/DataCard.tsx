import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Translator } from '../../i18n';
import type { Ack } from '../../messaging/protocol';
import { localDay } from '../../storage/day';
import { checkImport, MAX_IMPORT_CHARS } from '../../storage/import';
import { download } from '../shared/download';

/** What the data card asks the background to do; the background is the only writer of IndexedDB. */
export type DataMessage = { type: 'import-data'; text: string } | { type: 'reset-data' };

/** A message that could not be delivered, as the background's own refusal. */
const undelivered = (error: unknown): Ack => ({ ok: false, error: String(error), retry: true });

/**
 * Export (JSON, CSV), import (JSON) and delete everything, which asks first and offers an export.
 * A file is checked here before it is sent, so a bad one is refused with what is wrong and where.
 */
export function DataCard({
  exports,
  send,
  now,
  onChange,
  t,
  children,
}: {
  exports: (options: { exactTimes: boolean }) => Promise<{ json: string; csv: string }>;
  send: (message: DataMessage) => Promise<Ack>;
  now: () => number;
  /** The stored data changed: read the week again. */
  onChange: () => void;
  t: Translator;
  /** More ways to take data out, under the buttons (the weekly page's share of the week). */
  children?: ComponentChildren;
}) {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const [exactTimes, setExactTimes] = useState(false);
  const fail = (text: string) => setMessage({ text, error: true });

  const doExport = async (kind: 'json' | 'csv') => {
    try {
      const files = await exports({ exactTimes });
      // The local day, as everywhere else: just after midnight the UTC date is still yesterday.
      const stamp = localDay(now());
      if (kind === 'json') download(`ai-footprint-${stamp}.json`, 'application/json', files.json);
      else download(`ai-footprint-${stamp}.csv`, 'text/csv', files.csv);
    } catch (error) {
      fail(t('storageError', { error: String(error) }));
    }
  };

  const doImport = async (file: File) => {
    // Refuse a huge file before reading it; checkImport words the same check for the text.
    if (file.size > MAX_IMPORT_CHARS) {
      const mb = (n: number) => `${Math.round(n / 1048576)} MB`;
      const error = `file is too large (${mb(file.size)}; at most ${mb(MAX_IMPORT_CHARS)})`;
      return fail(t('importFailed', { error }));
    }
    const text = await file.text();
    const check = checkImport(text, now());
    if (!check.ok) return fail(t('importFailed', { error: check.error }));
    const ack = await send({ type: 'import-data', text }).catch(undelivered);
    const count = new Intl.NumberFormat(t.language);
    setMessage(
      ack.ok
        ? {
            text: t('importDone', {
              added: count.format(ack.added ?? 0),
              merged: count.format(ack.merged ?? 0),
            }),
            error: false,
          }
        : { text: t('importFailed', { error: ack.error }), error: true },
    );
    onChange();
  };

  const doReset = async () => {
    const ack = await send({ type: 'reset-data' }).catch(undelivered);
    setConfirmReset(false);
    setMessage(ack.ok ? { text: t('resetDone'), error: false } : { text: ack.error, error: true });
    onChange();
  };

  return (
    <section class="card data-card no-print" aria-labelledby="data-heading">
      <h2 id="data-heading">{t('dataHeading')}</h2>
      <p class="note">{t('dataIntro')}</p>
      <label class="check">
        <input
          type="checkbox"
          data-testid="exact-times"
          checked={exactTimes}
          onChange={(e) => setExactTimes(e.currentTarget.checked)}
        />
        {t('exactTimes')}
      </label>
      <div class="buttons">
        <button type="button" data-testid="export-json" onClick={() => void doExport('json')}>
          {t('exportJson')}
        </button>
        <button type="button" data-testid="export-csv" onClick={() => void doExport('csv')}>
          {t('exportCsv')}
        </button>
        <label class="button">
          {t('importJson')}
          <input
            type="file"
            accept="application/json,.json"
            data-testid="import-file"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) void doImport(file);
            }}
          />
        </label>
        <button
          type="button"
          class="danger"
          data-testid="reset"
          onClick={() => setConfirmReset(true)}
        >
          {t('reset')}
        </button>
      </div>
      {children}
      {confirmReset && (
        <div
          class="confirm"
          role="alertdialog"
          aria-labelledby="reset-text"
          data-testid="reset-dialog"
        >
          <p id="reset-text">{t('resetConfirm')}</p>
          <div class="buttons">
            <button type="button" onClick={() => void doExport('json')} autoFocus>
              {t('resetExportFirst')}
            </button>
            <button
              type="button"
              class="danger"
              data-testid="reset-confirm"
              onClick={() => void doReset()}
            >
              {t('resetYes')}
            </button>
            <button type="button" onClick={() => setConfirmReset(false)}>
              {t('resetCancel')}
            </button>
          </div>
        </div>
      )}
      {message && (
        <p
          class={message.error ? 'note error' : 'note ok'}
          role={message.error ? 'alert' : 'status'}
          data-testid="data-message"
        >
          {message.text}
        </p>
      )}
    </section>
  );
}
