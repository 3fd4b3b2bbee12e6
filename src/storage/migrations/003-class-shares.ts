import type { Migration } from './types';

/**
 * Version 3: class shares a teacher imported (docs/class-share-format.md), keyed by
 * [classId, week, pseudonym] so that a re-sent share replaces the earlier one. Kept apart from the
 * teacher's own events, rollups and totals, which this migration leaves untouched.
 */
export const classShares: Migration = {
  version: 3,
  name: 'class-shares',
  up(db) {
    db.createObjectStore('classShares', { keyPath: ['classId', 'week', 'pseudonym'] });
  },
};
