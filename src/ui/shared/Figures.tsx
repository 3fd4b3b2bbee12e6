import { formatCo2, formatEnergy, formatWater, type Footprint } from '../../footprint';
import type { MessageKey, Translator } from '../../i18n';
import { equivalentsFor } from '../equivalent-text';

/** The three impacts in the order every screen shows them, with their label and unit format. */
const IMPACTS = [
  { kind: 'wh', label: 'energy', testId: 'wh', format: formatEnergy },
  { kind: 'gco2', label: 'co2', testId: 'co2', format: formatCo2 },
  { kind: 'ml', label: 'water', testId: 'water', format: formatWater },
] as const satisfies readonly {
  kind: 'wh' | 'gco2' | 'ml';
  label: MessageKey;
  testId: string;
  format: (n: number, language: string) => string;
}[];

/** A count with its label ("12 Prompts"); `data-value` holds the number for tests and tools. */
export function CountFigure({
  testId,
  value,
  label,
  t,
}: {
  testId: string;
  value: number;
  label: MessageKey;
  t: Translator;
}) {
  return (
    <div class="figure">
      <span class="value" data-testid={testId} data-value={value}>
        {new Intl.NumberFormat(t.language).format(value)}
      </span>
      <span class="label">{t(label)}</span>
    </div>
  );
}

/**
 * Energy, CO₂ and water of a footprint, each with an everyday equivalent and the range of published
 * estimates once there is something to compare. Test ids are `${prefix}-wh`, `-co2` and `-water`.
 */
export function ImpactFigures({
  prefix,
  footprint,
  t,
}: {
  prefix: string;
  footprint: Footprint;
  t: Translator;
}) {
  const equivalents = equivalentsFor(footprint, t.language);
  return (
    <>
      {IMPACTS.map(({ kind, label, testId, format }) => {
        const value = footprint[kind];
        const low = footprint.low[kind];
        const high = footprint.high[kind];
        return (
          <div class={`impact-figure ${kind}`} key={kind}>
            <span class="label">{t(label)}</span>
            <span
              class="value"
              data-testid={`${prefix}-${testId}`}
              data-value={value}
              data-low={low}
              data-high={high}
            >
              {format(value, t.language)}
            </span>
            {value > 0 && (
              <>
                <span class="equivalent">{equivalents[kind]}</span>
                <span class="range">
                  {t('range', { low: format(low, t.language), high: format(high, t.language) })}
                </span>
              </>
            )}
          </div>
        );
      })}
    </>
  );
}
