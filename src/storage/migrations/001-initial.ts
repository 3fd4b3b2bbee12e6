import type { Migration } from './types';

/** Version 1: events keyed by id (idempotent put) and a per-day rollup keyed by [day, site, kind]. */
export const initial: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    const events = db.createObjectStore('events', { keyPath: 'id' });
    events.createIndex('by-at', 'at');
    const days = db.createObjectStore('days', { keyPath: ['day', 'site', 'kind'] });
    days.createIndex('by-day', 'day');
  },
};
