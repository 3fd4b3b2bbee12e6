/** Local noon of a `YYYY-MM-DD` day (an ISO date-time without an offset is local time), for formatting. */
export function noonOf(day: string): Date {
  return new Date(`${day}T12:00`);
}
