import { describeDstZone } from '../helpers/dst-suite';

// Central European Summer Time 2026: Sunday 29 March 02:00 → 03:00, Sunday 25 October 03:00 → 02:00.
describeDstZone({
  zone: 'Europe/Amsterdam',
  springForward: '2026-03-29',
  fallBack: '2026-10-25',
  languageTag: 'nl-NL',
});
