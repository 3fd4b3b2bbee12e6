import { initial } from './001-initial';
import { totals } from './002-totals';
import { modelMode } from './004-model-mode';
import type { Migration } from './types';

/**
 * Every migration in order; the database version is the last one's number. Version 3 (class shares)
 * lands from another branch; until then the versions skip it, which IndexedDB allows (2 → 4).
 */
export const MIGRATIONS: readonly Migration[] = [initial, totals, modelMode];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
