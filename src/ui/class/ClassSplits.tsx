import { MIN_GROUP, type ClassFigures, type SplitRow } from '../../class/figures';
import { formatEnergy } from '../../footprint';
import type { Language } from '../../i18n';
import { classPlural } from '../../i18n/class-page';
import { siteById } from '../../sites/registry';
import type { ClassText } from '../../i18n/class-page';
import { noonOf } from './dates';

type Ok = Extract<ClassFigures, { status: 'ok' }>;

/** A bar as wide as `value` is of `max`, drawn with CSS (prints as it shows). */
function Bar({ value, max }: { value: number; max: number }) {
  const pct = max > 0 ? Math.round((value / max) * 100) : 0;
  return (
    <span class="bar" aria-hidden="true">
      <span style={{ width: `${pct}%` }} />
    </span>
  );
}

/** The spread as a histogram without names, and the splits by site and by day. */
export function ClassSplits({
  figures,
  language,
  t,
}: {
  figures: Ok;
  language: Language;
  t: ClassText;
}) {
  const count = new Intl.NumberFormat(language);
  const most = Math.max(...figures.histogram.map((b) => b.members));
  const weekday = new Intl.DateTimeFormat(language, {
    weekday: 'long',
    day: 'numeric',
    month: 'short',
  });
  return (
    <div class="two-cols">
      <section class="card" aria-labelledby="histogram-heading">
        <h2 id="histogram-heading">{t('histogramHeading')}</h2>
        <p class="note">{t('histogramNote')}</p>
        <table class="bars" data-testid="class-histogram">
          <tbody>
            {figures.histogram.map((bin) => (
              <tr key={bin.from} data-from={bin.from} data-to={bin.to} data-value={bin.members}>
                <th scope="row">
                  {t(bin.from === bin.to ? 'histogramBinOne' : 'histogramBin', {
                    from: count.format(bin.from),
                    to: count.format(bin.to),
                  })}
                </th>
                <td class="bar-cell">
                  <Bar value={bin.members} max={most} />
                </td>
                <td>
                  {classPlural(language, 'memberCount', bin.members, count.format(bin.members))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section class="card" aria-labelledby="site-heading">
        <h2 id="site-heading">{t('bySiteHeading')}</h2>
        <SplitTable
          rows={figures.bySite}
          label={(key) => (key === 'other' ? t('otherSites') : (siteById(key)?.name ?? key))}
          head={t('site')}
          testid="class-by-site"
          language={language}
          t={t}
        />
        <h2 id="day-heading">{t('byDayHeading')}</h2>
        <SplitTable
          rows={figures.byDay}
          label={(key) => (key === 'other' ? t('otherDays') : weekday.format(noonOf(key)))}
          head={t('day')}
          testid="class-by-day"
          language={language}
          t={t}
        />
        <p class="note">{t('pooledNote', { min: String(MIN_GROUP) })}</p>
      </section>
    </div>
  );
}

function SplitTable({
  rows,
  label,
  head,
  testid,
  language,
  t,
}: {
  rows: readonly SplitRow[];
  label: (key: string) => string;
  head: string;
  testid: string;
  language: Language;
  t: ClassText;
}) {
  const count = new Intl.NumberFormat(language);
  const max = Math.max(0, ...rows.filter((r) => !r.hidden).map((r) => r.wh));
  return (
    <table class="bars" data-testid={testid}>
      <thead>
        <tr>
          <th scope="col">{head}</th>
          <th scope="col">{t('prompts')}</th>
          <th scope="col">{t('images')}</th>
          <th scope="col">{t('energy')}</th>
          <th scope="col" class="bar-cell" />
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} data-key={row.key} data-hidden={row.hidden}>
            <th scope="row">{label(row.key)}</th>
            {row.hidden ? (
              <td colSpan={4} class="muted">
                {t('hiddenRow', { min: String(MIN_GROUP) })}
              </td>
            ) : (
              <>
                <td data-value={row.prompts}>{count.format(row.prompts)}</td>
                <td data-value={row.images}>{count.format(row.images)}</td>
                <td data-value={row.wh}>{formatEnergy(row.wh, language)}</td>
                <td class="bar-cell">
                  <Bar value={row.wh} max={max} />
                </td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
