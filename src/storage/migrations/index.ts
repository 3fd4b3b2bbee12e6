import { initial } from './001-initial';
import { totals } from './002-totals';
import { classShares } from './003-class-shares';
import type { Migration } from './types';

/** Every migration in order; the database version is the last one's number. */
export const MIGRATIONS: readonly Migration[] = [initial, totals, classShares];

export const LATEST_VERSION = MIGRATIONS.length;
