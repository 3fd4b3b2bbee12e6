// Small statistics for the benchmark's repeated measurements.

/** The `q` quantile (0…1) of `values`, nearest rank. */
export function quantile(values, q) {
  if (values.length === 0) throw new Error('no measurements');
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export const median = (values) => quantile(values, 0.5);

/** "12.3" with `digits` decimals. */
export const fixed = (n, digits = 1) => n.toFixed(digits);
