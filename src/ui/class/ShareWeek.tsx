import { useState } from 'preact/hooks';
import { shareFileName, shareJson, type ShareFile } from '../../storage/class-share-file';
import { classPlural, classText, type ClassPageKey } from '../../i18n/class-page';
import type { Language } from '../../i18n';
import { siteById } from '../../sites/registry';
import { parseWeekId } from '../../storage/weeks';
import { download } from '../download';
import { noonOf } from './dates';
import { loadShare } from './share-data';
import './share-week.css';

/**
 * The weekly page's "share this week" button: a plain-language preview of exactly what the file
 * holds, then a download. Nothing is sent anywhere; the student hands the file over themselves.
 */
export function ShareWeek({
  weekId,
  language,
  load = loadShare,
  save = download,
}: {
  weekId: string;
  language: Language;
  load?: (weekId: string) => Promise<ShareFile>;
  save?: (name: string, type: string, text: string) => void;
}) {
  const [share, setShare] = useState<ShareFile | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const t = (key: ClassPageKey, values?: Record<string, string>) =>
    classText(language, key, values);

  const open = async () => {
    setMessage(null);
    try {
      setShare(await load(weekId));
    } catch (error) {
      setMessage({ text: t('shareFailed', { error: String(error) }), error: true });
    }
  };
  const doSave = (file: ShareFile) => {
    const name = shareFileName(file.week);
    save(name, 'application/json', shareJson(file));
    setShare(null);
    setMessage({ text: t('shareSaved', { name }), error: false });
  };

  return (
    <div class="share-week">
      <div class="buttons">
        <button type="button" data-testid="share-week" onClick={() => void open()}>
          {t('shareWeek')}
        </button>
        <a class="button" href="/class.html" data-testid="class-page-link">
          {t('classPageLink')}
        </a>
      </div>
      {share && <SharePreview share={share} language={language} t={t} />}
      {share && (
        <div class="buttons">
          <button type="button" data-testid="share-save" onClick={() => doSave(share)} autoFocus>
            {t('shareSave')}
          </button>
          <button type="button" onClick={() => setShare(null)}>
            {t('shareCancel')}
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

function SharePreview({
  share,
  language,
  t,
}: {
  share: ShareFile;
  language: Language;
  t: (key: ClassPageKey, values?: Record<string, string>) => string;
}) {
  const week = parseWeekId(share.week, 1)!;
  const long = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long' });
  const weekday = new Intl.DateTimeFormat(language, {
    weekday: 'long',
    day: 'numeric',
    month: 'short',
  });
  const count = new Intl.NumberFormat(language);
  return (
    <section class="share-preview" data-testid="share-preview" aria-labelledby="share-heading">
      <h3 id="share-heading">{t('shareHeading', { week: share.week })}</h3>
      <p>{t('shareIntro')}</p>
      <ul>
        <li>{t('shareFormat', { format: share.format, version: String(share.version) })}</li>
        <li>
          {t('shareWeekLine', {
            week: share.week,
            from: long.format(noonOf(week.days[0]!)),
            to: long.format(noonOf(week.days[6]!)),
          })}
        </li>
        <li data-testid="share-pseudonym" data-value={share.pseudonym}>
          {t('sharePseudonym', { pseudonym: share.pseudonym })}
        </li>
        <li>{share.counts.length ? t('shareCountsLine') : t('shareNothing')}</li>
      </ul>
      {share.counts.length > 0 && (
        <table data-testid="share-counts">
          <tbody>
            {share.counts.map((c) => (
              <tr key={`${c.day}|${c.site}|${c.kind}`}>
                <th scope="row">{weekday.format(noonOf(c.day))}</th>
                <td>{siteById(c.site)?.name ?? c.site}</td>
                <td data-value={c.count}>
                  {classPlural(
                    language,
                    c.kind === 'prompt' ? 'promptCount' : 'imageCount',
                    c.count,
                    count.format(c.count),
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p class="note">{t('shareNot')}</p>
      <details>
        <summary>{t('shareRaw')}</summary>
        <pre>{shareJson(share)}</pre>
      </details>
    </section>
  );
}
