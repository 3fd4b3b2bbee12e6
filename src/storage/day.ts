import { addDays, format, startOfDay } from 'date-fns';

/** The local calendar day of a moment, as `YYYY-MM-DD` (rollups and the badge use local days). */
export function localDay(at: number | Date): string {
  return format(at, 'yyyy-MM-dd');
}

/** The next local midnight after `now`, in ms; correct across DST changes. */
export function nextLocalMidnight(now: number | Date): number {
  return addDays(startOfDay(now), 1).getTime();
}
