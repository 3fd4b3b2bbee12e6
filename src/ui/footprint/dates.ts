/** A local `YYYY-MM-DD` day as a Date at its local midnight (for formatting). */
export function dateOf(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}
