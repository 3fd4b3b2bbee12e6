import {
  co2Equivalent,
  energyEquivalent,
  formatDistance,
  waterEquivalent,
  type Equivalent,
} from '../footprint';
import { plural, translate, type Language, type MessageKey } from '../i18n';

/** Two significant digits: equivalents are comparisons, not measurements ("3.1 phone charges"). */
function amount(n: number, language: Language): string {
  return new Intl.NumberFormat(language, { maximumSignificantDigits: 2 }).format(n);
}

/** One equivalent in words in `language` ("≈ 3.1 phone charges", "≈ 67 m by petrol car"). */
export function equivalentText(equivalent: Equivalent, language: Language): string {
  const { id, amount: n } = equivalent;
  if (id === 'car-km') return translate(language, 'eq.car-km', { n: formatDistance(n, language) });
  if (id === 'household-day-share') {
    if (n < 1) {
      const share = new Intl.NumberFormat(language, {
        style: 'percent',
        maximumSignificantDigits: 2,
      }).format(n);
      return translate(language, 'eq.household-day-share', { n: share });
    }
    return plural(language, 'eq.household-days', n, amount(n, language));
  }
  return plural(language, `eq.${id}` as MessageKey, n, amount(n, language));
}

/** The equivalent that fits each figure, in words. */
export function equivalentsFor(
  footprint: { wh: number; gco2: number; ml: number },
  language: Language,
): { wh: string; gco2: string; ml: string } {
  return {
    wh: equivalentText(energyEquivalent(footprint.wh), language),
    gco2: equivalentText(co2Equivalent(footprint.gco2), language),
    ml: equivalentText(waterEquivalent(footprint.ml), language),
  };
}
