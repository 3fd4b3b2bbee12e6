import { formatCo2, formatEnergy, formatWater, type Footprint } from '../footprint';
import type { Language } from '../i18n';
import { equivalentsFor } from './equivalent-text';

const IMPACTS = [
  { key: 'wh', id: 'wh', format: formatEnergy },
  { key: 'gco2', id: 'co2', format: formatCo2 },
  { key: 'ml', id: 'water', format: formatWater },
] as const;

/**
 * Energy, CO₂ and water as figure tiles with equivalent and range. Each value carries its raw number
 * (`data-value`, `data-low`, `data-high`) under the test id `<prefix>-wh|co2|water`.
 */
export function ImpactFigures({
  footprint,
  language,
  prefix,
  labels,
  range,
}: {
  footprint: Footprint;
  language: Language;
  prefix: string;
  labels: { wh: string; gco2: string; ml: string };
  /** "range {low}–{high}" in the page's language. */
  range: (low: string, high: string) => string;
}) {
  const equivalents = equivalentsFor(footprint, language);
  return (
    <>
      {IMPACTS.map((i) => (
        <div class={`figure impact ${i.key}`} key={i.key}>
          <span
            class="value"
            data-testid={`${prefix}-${i.id}`}
            data-value={footprint[i.key]}
            data-low={footprint.low[i.key]}
            data-high={footprint.high[i.key]}
          >
            {i.format(footprint[i.key], language)}
          </span>
          <span class="label">{labels[i.key]}</span>
          {footprint[i.key] > 0 && (
            <>
              <span class="detail">{equivalents[i.key]}</span>
              <span class="detail muted">
                {range(
                  i.format(footprint.low[i.key], language),
                  i.format(footprint.high[i.key], language),
                )}
              </span>
            </>
          )}
        </div>
      ))}
    </>
  );
}
