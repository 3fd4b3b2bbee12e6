import type { ShareFile } from './class-share-file';
import type { FootprintDb } from './db';
import type { StoredClassShare } from './schema';

/** What storing one checked share did: new member, an earlier share of theirs replaced, or nothing. */
export type ShareOutcome = 'added' | 'replaced' | 'unchanged';

/** The longest class name a teacher can type. */
export const MAX_CLASS_NAME = 60;

/** A class name as stored: trimmed, inner runs of white space as one space; null when unusable. */
export function cleanClassName(name: string): string | null {
  const clean = name.trim().replace(/\s+/g, ' ');
  return clean.length > 0 && clean.length <= MAX_CLASS_NAME ? clean : null;
}

const keyOf = (s: StoredClassShare): [string, string, string] => [s.classId, s.week, s.pseudonym];

/**
 * Stores checked shares in class `classId`, in one transaction. A pseudonym already present for that
 * week is replaced, never added twice; an identical share changes nothing. Only the shares store is
 * written: the teacher's own counts are never touched.
 */
export async function storeShares(
  db: FootprintDb,
  classId: string,
  files: readonly ShareFile[],
): Promise<ShareOutcome[]> {
  const tx = db.transaction('classShares', 'readwrite');
  const outcomes: ShareOutcome[] = [];
  const written = new Map<string, StoredClassShare>();
  for (const file of files) {
    const share: StoredClassShare = {
      classId,
      week: file.week,
      pseudonym: file.pseudonym,
      counts: file.counts.map((c) => ({ ...c })),
    };
    const id = keyOf(share).join('\u0000');
    const before = written.get(id) ?? (await tx.store.get(keyOf(share)));
    written.set(id, share);
    if (before && JSON.stringify(before.counts) === JSON.stringify(share.counts)) {
      outcomes.push('unchanged');
      continue;
    }
    await tx.store.put(share);
    outcomes.push(before ? 'replaced' : 'added');
  }
  await tx.done;
  return outcomes;
}

/** Every member's share of one class's week. */
export function sharesOf(db: FootprintDb, classId: string, week: string) {
  return db.getAll('classShares', IDBKeyRange.bound([classId, week], [classId, week, []]));
}

/** Each class with the weeks it has shares for (newest first), classes by name. */
export async function classWeeks(db: FootprintDb): Promise<{ classId: string; weeks: string[] }[]> {
  const byClass = new Map<string, Set<string>>();
  for (const [classId, week] of await db.getAllKeys('classShares')) {
    byClass.set(classId, (byClass.get(classId) ?? new Set()).add(week));
  }
  return [...byClass]
    .map(([classId, weeks]) => ({ classId, weeks: [...weeks].sort().reverse() }))
    .sort((a, b) => a.classId.localeCompare(b.classId));
}

/** Removes every share of one class. */
export function removeClass(db: FootprintDb, classId: string): Promise<void> {
  return db.delete('classShares', IDBKeyRange.bound([classId], [classId, []]));
}

/** Removes every share of every class; the teacher's own counts stay. */
export function removeAllShares(db: FootprintDb): Promise<void> {
  return db.clear('classShares');
}
