/**
 * Locale-aware figures with units. Up to 3 significant digits below 100 and whole numbers from 100
 * up: the figures are estimates, and this is the precision the seed report itself prints
 * ("8.41 L", "14.8 h", "523 g"). The unit steps up (Wh → kWh, g → kg, ml → L, m → km) at 1000
 * after rounding, so 999.7 Wh reads "1 kWh", never "1,000 Wh".
 */

const cache = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, whole: boolean): Intl.NumberFormat {
  const key = `${locale}|${whole ? 'whole' : 'sig'}`;
  let f = cache.get(key);
  if (!f) {
    const options: Intl.NumberFormatOptions = whole
      ? { maximumFractionDigits: 0 }
      : { maximumSignificantDigits: 3 };
    try {
      f = new Intl.NumberFormat(locale, options);
    } catch {
      // A malformed locale tag (e.g. "en_US") throws RangeError; show English rather than nothing.
      f = new Intl.NumberFormat('en', options);
    }
    cache.set(key, f);
  }
  return f;
}

/**
 * A plain number with the significant-digit rule above (for equivalents: "14.8", "3.51").
 * Non-finite input shows as 0; -0 shows as 0.
 */
export function formatNumber(n: number, locale: string): string {
  const v = Number.isFinite(n) ? n + 0 : 0;
  return formatter(locale, Math.abs(v) >= 100).format(v);
}

/** `value` in `small` units, switching to `big` (1000 small) once it would round to 1000. */
function scaled(value: number, locale: string, small: string, big: string): string {
  const v = Number.isFinite(value) ? value : 0;
  // 999.5 and up would round to "1,000" in the small unit.
  if (Math.abs(v) >= 999.5) return `${formatNumber(v / 1000, locale)} ${big}`;
  return `${formatNumber(v, locale)} ${small}`;
}

/** Energy: "0.34 Wh", "4 Wh", "2.1 kWh" (nl: "2,1 kWh"). */
export function formatEnergy(wh: number, locale: string): string {
  return scaled(wh, locale, 'Wh', 'kWh');
}

/** CO2: "263 g", "1.2 kg". */
export function formatCo2(g: number, locale: string): string {
  return scaled(g, locale, 'g', 'kg');
}

/** Water: "160 ml", "8.41 L". */
export function formatWater(ml: number, locale: string): string {
  return scaled(ml, locale, 'ml', 'L');
}

/** A car-km equivalent: metres below 1 km ("67.1 m"), kilometres above ("3.51 km"). */
export function formatDistance(km: number, locale: string): string {
  return scaled(km * 1000, locale, 'm', 'km');
}
