import type { DBSchema } from 'idb';
import type { Mode, SendLabel } from '../domain/model-mode';
import type { UsageEvent } from '../domain/usage-event';

/** A stored event: what was reported, its local day, and every signal that reported it. */
export interface StoredEvent
  extends Omit<UsageEvent, 'source' | 'model' | 'mode' | 'labelFrom'>, SendLabel {
  day: string;
  sources: UsageEvent['source'][];
}

/** Count of prompts in one mode on one site on one local day (schema 4). */
export interface ModeDayRollup {
  day: string;
  site: string;
  mode: Mode;
  count: number;
}

/** All-time count of prompts in one mode on one site (schema 4): the sum of its mode day rollups. */
export interface ModeTotal {
  site: string;
  mode: Mode;
  count: number;
}

/** Count of one kind on one site on one local day. */
export interface DayRollup {
  day: string;
  site: string;
  kind: UsageEvent['kind'];
  count: number;
  /** Video rows: seconds of footage, each clip at its own length or, unknown, the default length. */
  seconds?: number;
}

/** All-time count of one kind on one site: the sum of its day rollups, kept beside them. */
export interface SiteTotal {
  site: string;
  kind: UsageEvent['kind'];
  count: number;
  /** Video rows: seconds of footage (as in `DayRollup`). */
  seconds?: number;
}

/**
 * One student's week in a teacher's class, as imported from a share file (version 3): its counts per
 * day × site × kind, under the random pseudonym of the student's install.
 */
export interface StoredClassShare {
  classId: string;
  week: string;
  pseudonym: string;
  /** Prompts and images only: a share carries no videos (docs/class-share-format.md). */
  counts: (Omit<DayRollup, 'kind' | 'seconds'> & { kind: 'prompt' | 'image' })[];
}

/** The `ai-footprint` database at its latest version. */
export interface FootprintSchema extends DBSchema {
  events: { key: string; value: StoredEvent; indexes: { 'by-at': number } };
  days: { key: [string, string, string]; value: DayRollup; indexes: { 'by-day': string } };
  totals: { key: [string, string]; value: SiteTotal };
  /** Shares a teacher imported (version 3), apart from the counts above. */
  classShares: { key: [string, string, string]; value: StoredClassShare };
  modeDays: { key: [string, string, string]; value: ModeDayRollup; indexes: { 'by-day': string } };
  modeTotals: { key: [string, string]; value: ModeTotal };
}

export const DB_NAME = 'ai-footprint';
