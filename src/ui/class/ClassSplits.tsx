import { MIN_GROUP, type ClassFigures, type SplitRow } from '../../class/figures';
import { formatEnergy } from '../../footprint';
import type { Translator } from '../../i18n';
import { siteById } from '../../sites/registry';
import { dateOf } from '../footprint/dates';

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
export function ClassSplits({ figures, t }: { figures: Ok; t: Translator }) {
  const count = new Intl.NumberFormat(t.language);
  const most = Math.max(...figures.histogram.map((b) => b.members));
  const weekday = new Intl.DateTimeFormat(t.language, {
    weekday: 'long',
    day: 'numeric',
    month: 'short',
  });
  return (
    <div class="two-cols">
      <section class="card" aria-labelledby="histogram-heading">
        <h2 id="histogram-heading">{t('class.histogramHeading')}</h2>
        <p class="note">{t('class.histogramNote')}</p>
        <table class="bars" data-testid="class-histogram">
          <tbody>
            {figures.histogram.map((bin) => (
              <tr key={bin.from} data-from={bin.from} data-to={bin.to} data-value={bin.members}>
                <th scope="row">
                  {t(bin.from === bin.to ? 'class.histogramBinOne' : 'class.histogramBin', {
                    from: count.format(bin.from),
                    to: count.format(bin.to),
                  })}
                </th>
                <td class="bar-cell">
                  <Bar value={bin.members} max={most} />
                </td>
                <td>{t.plural('class.memberCount', bin.members)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section class="card" aria-labelledby="site-heading">
        <h2 id="site-heading">{t('class.bySiteHeading')}</h2>
        <SplitTable
          rows={figures.bySite}
          label={(key) => (key === 'other' ? t('class.otherSites') : (siteById(key)?.name ?? key))}
          head={t('class.site')}
          testid="class-by-site"
          t={t}
        />
        <h2 id="day-heading">{t('class.byDayHeading')}</h2>
        <SplitTable
          rows={figures.byDay}
          label={(key) => (key === 'other' ? t('class.otherDays') : weekday.format(dateOf(key)))}
          head={t('day')}
          testid="class-by-day"
          t={t}
        />
        <p class="note">{t('class.pooledNote', { min: String(MIN_GROUP) })}</p>
      </section>
    </div>
  );
}

function SplitTable({
  rows,
  label,
  head,
  testid,
  t,
}: {
  rows: readonly SplitRow[];
  label: (key: string) => string;
  head: string;
  testid: string;
  t: Translator;
}) {
  const count = new Intl.NumberFormat(t.language);
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
                {t('class.hiddenRow', { min: String(MIN_GROUP) })}
              </td>
            ) : (
              <>
                <td data-value={row.prompts}>{count.format(row.prompts)}</td>
                <td data-value={row.images}>{count.format(row.images)}</td>
                <td data-value={row.wh}>{formatEnergy(row.wh, t.language)}</td>
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
