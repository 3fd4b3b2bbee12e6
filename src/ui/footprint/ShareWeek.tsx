import { useState } from 'preact/hooks';
import type { Translator } from '../../i18n';
import { siteById } from '../../sites/registry';
import { shareFileName, shareJson, type ShareFile } from '../../storage/class-share-file';
import { parseWeekId } from '../../storage/weeks';
import { download } from '../shared/download';
import { dateOf } from './dates';
import { loadShare } from './share-data';
import './share-week.css';

/**
 * The weekly page's "share this week" button: a plain-language preview of exactly what the file
 * holds, then a download. Nothing is sent anywhere; the student hands the file over themselves.
 */
export function ShareWeek({
  weekId,
  t,
  load = loadShare,
  save = download,
}: {
  weekId: string;
  t: Translator;
  load?: (weekId: string) => Promise<ShareFile>;
  save?: (name: string, type: string, text: string) => void;
}) {
  const [share, setShare] = useState<ShareFile | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const open = async () => {
    setMessage(null);
    try {
      setShare(await load(weekId));
    } catch (error) {
      setMessage({ text: t('share.failed', { error: String(error) }), error: true });
    }
  };
  const doSave = (file: ShareFile) => {
    const name = shareFileName(file.week);
    save(name, 'application/json', shareJson(file));
    setShare(null);
    setMessage({ text: t('share.saved', { name }), error: false });
  };

  return (
    <div class="share-week">
      <div class="buttons">
        <button type="button" data-testid="share-week" onClick={() => void open()}>
          {t('share.button')}
        </button>
        <a class="button" href="/class.html" data-testid="class-page-link">
          {t('share.classPageLink')}
        </a>
      </div>
      {share && <SharePreview share={share} t={t} />}
      {share && (
        <div class="buttons">
          <button type="button" data-testid="share-save" onClick={() => doSave(share)} autoFocus>
            {t('share.save')}
          </button>
          <button type="button" onClick={() => setShare(null)}>
            {t('share.cancel')}
          </button>
        </div>
      )}
      {message && (
        <p
          class={message.error ? 'note error' : 'note ok'}
          role={message.error ? 'alert' : 'status'}
          data-testid="share-message"
        >
          {message.text}
        </p>
      )}
    </div>
  );
}

/** Exactly what the share file holds, in words: format, week, pseudonym and each count. */
function SharePreview({ share, t }: { share: ShareFile; t: Translator }) {
  const week = parseWeekId(share.week, 1)!;
  const long = new Intl.DateTimeFormat(t.language, { day: 'numeric', month: 'long' });
  const weekday = new Intl.DateTimeFormat(t.language, {
    weekday: 'long',
    day: 'numeric',
    month: 'short',
  });
  return (
    <section class="share-preview" data-testid="share-preview" aria-labelledby="share-heading">
      <h3 id="share-heading">{t('share.heading', { week: share.week })}</h3>
      <p>{t('share.intro')}</p>
      <ul>
        <li>{t('share.format', { format: share.format, version: String(share.version) })}</li>
        <li>
          {t('share.weekLine', {
            week: share.week,
            from: long.format(dateOf(week.days[0]!)),
            to: long.format(dateOf(week.days[6]!)),
          })}
        </li>
        <li data-testid="share-pseudonym" data-value={share.pseudonym}>
          {t('share.pseudonym', { pseudonym: share.pseudonym })}
        </li>
        <li>{share.counts.length ? t('share.countsLine') : t('share.nothing')}</li>
      </ul>
      {share.counts.length > 0 && (
        <table data-testid="share-counts">
          <tbody>
            {share.counts.map((c) => (
              <tr key={`${c.day}|${c.site}|${c.kind}`}>
                <th scope="row">{weekday.format(dateOf(c.day))}</th>
                <td>{siteById(c.site)?.name ?? c.site}</td>
                <td data-value={c.count}>
                  {t.plural(c.kind === 'prompt' ? 'promptCount' : 'imageCount', c.count)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p class="note">{t('share.not')}</p>
      <details>
        <summary>{t('share.raw')}</summary>
        <pre>{shareJson(share)}</pre>
      </details>
    </section>
  );
}
