import type { ImageJob } from '../sites/types';
import type { ImageJobListener } from './image-job-bridge';

/** Most requests (and jobs awaiting their finish) a page may have open at once; older ones are forgotten. */
const MAX_OPEN = 50;

export interface ImageJobCounterDeps {
  /** True when a real (trusted) click or key press happened moments ago; the caller consumes nothing. */
  gestureIsRecent(): boolean;
  /** Counts one image by its stable key (`<job id>#<index>`). */
  countImage(imageKey: string): void;
}

/** Adds to a bounded insertion-ordered map, dropping the oldest entry past `MAX_OPEN`. */
function remember<V>(map: Map<string, V>, key: string, value: V): void {
  map.set(key, value);
  if (map.size > MAX_OPEN) map.delete(map.keys().next().value as string);
}

/**
 * Isolated world: turns the image-job bridge's messages into counted images. A request counts only
 * when it started right after a user gesture (the page can post bridge messages too); each job counts
 * its images keyed `<job id>#<index>`, so the same job seen again (a repeated response, a reload) gives
 * the same event ids and counts once. With `waitForFinish` (the site has a status poll) an accepted
 * job waits until a poll reports it done and counts the images made then: a failed job counts none,
 * and a poll can only finish a job this page saw accepted, never the library's older ones.
 */
export function createImageJobCounter(
  waitForFinish: boolean,
  deps: ImageJobCounterDeps,
): ImageJobListener {
  const openRequests = new Map<string, true>();
  const awaitingFinish = new Map<string, number>();
  const count = (jobKey: string, images: number): void => {
    for (let index = 0; index < images; index++) deps.countImage(`${jobKey}#${index}`);
  };
  return {
    onStart(ticket) {
      if (deps.gestureIsRecent()) remember(openRequests, ticket, true);
    },
    onJobs(ticket, jobs: ImageJob[]) {
      if (!openRequests.delete(ticket)) return;
      for (const { jobKey, images = 0 } of jobs) {
        if (waitForFinish) remember(awaitingFinish, jobKey, images);
        else count(jobKey, images);
      }
    },
    onFinished(jobs) {
      for (const { jobKey, images } of jobs) {
        const accepted = awaitingFinish.get(jobKey);
        if (accepted === undefined) continue;
        awaitingFinish.delete(jobKey);
        count(jobKey, images ?? accepted);
      }
    },
  };
}
