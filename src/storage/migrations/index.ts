import { initial } from './001-initial';
import { totals } from './002-totals';
import { classShares } from './003-class-shares';
import { modelMode } from './004-model-mode';
import type { Migration } from './types';

/** Every migration in order; the database version is the last one's number. */
export const MIGRATIONS: readonly Migration[] = [initial, totals, classShares, modelMode];

export const LATEST_VERSION = MIGRATIONS.length;
