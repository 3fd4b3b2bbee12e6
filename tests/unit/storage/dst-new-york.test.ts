import { describeDstZone } from '../helpers/dst-suite';

// US Eastern 2026: Sunday 8 March 02:00 → 03:00, Sunday 1 November 02:00 → 01:00. A Sunday-first week.
describeDstZone({
  zone: 'America/New_York',
  springForward: '2026-03-08',
  fallBack: '2026-11-01',
  languageTag: 'en-US',
});
