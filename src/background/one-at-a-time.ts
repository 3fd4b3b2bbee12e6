/**
 * Runs the changes given to it one after another, each after the previous one settled: a
 * read-modify-write of one storage item must not interleave with another, or one change is lost.
 */
export function oneAtATime(): <T>(change: () => Promise<T>) => Promise<T> {
  let last: Promise<unknown> = Promise.resolve();
  return <T>(change: () => Promise<T>): Promise<T> => {
    const run = last.then(change, change);
    last = run.catch(() => undefined);
    return run;
  };
}
