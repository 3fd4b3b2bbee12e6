import type { JobCaps } from '../domain/image-caps';
import type { ImageJob } from '../domain/site';
import type { ImageJobListener } from './image-job-bridge';

/** Most requests (and jobs awaiting their finish) a page may have open at once; older ones are forgotten. */
const MAX_OPEN = 50;

export interface ImageJobCounterDeps {
  /**
   * True when a real (trusted) click or key press happened moments ago and no request has used it
   * yet; it is used up by this call.
   */
  takeGesture(): boolean;
  /** The most jobs one gesture's request may start and images one job may make on this site. */
  caps: JobCaps;
  /** Counts one image by its stable key (`<job id>#<index>`). */
  countImage(imageKey: string): void;
  /**
   * Sites whose job requests webRequest sees (SiteAdapter.jobPosts): resolves true when the
   * background saw a successful POST from this tab that the request's jobs may use up.
   */
  confirmJobPost?: () => Promise<boolean>;
}

/** Adds to a bounded insertion-ordered map, dropping the oldest entry past `MAX_OPEN`. */
export function remember<V>(map: Map<string, V>, key: string, value: V): void {
  map.set(key, value);
  if (map.size > MAX_OPEN) map.delete(map.keys().next().value as string);
}

/** Counts `images` images of `jobKey`, keyed `<job id>#<index>`. */
export function countJobImages(deps: ImageJobCounterDeps, jobKey: string, images: number): void {
  for (let index = 0; index < images; index++) deps.countImage(`${jobKey}#${index}`);
}

/**
 * What both counters share: a request's jobs are taken only when the request started right after a
 * user gesture, which it uses up (a page can make real requests too). Its jobs are capped at what one
 * action on the site can make (distinct jobs, images per job).
 */
export function acceptedJobs(
  deps: ImageJobCounterDeps,
  accept: (job: ImageJob) => void,
): Pick<ImageJobListener, 'onStart' | 'onJobs'> {
  const openRequests = new Map<string, true>();
  return {
    onStart(ticket) {
      if (deps.takeGesture()) remember(openRequests, ticket, true);
    },
    onJobs(ticket, jobs) {
      if (!openRequests.delete(ticket)) return;
      const take = (): void => {
        const taken = new Set<string>();
        for (const { jobKey, images } of jobs) {
          if (taken.size >= deps.caps.jobsPerGesture) break;
          if (taken.has(jobKey)) continue;
          taken.add(jobKey);
          accept({ jobKey, images: Math.min(images ?? 0, deps.caps.imagesPerJob) });
        }
      };
      if (!deps.confirmJobPost) return take();
      void deps.confirmJobPost().then((seen) => seen && take());
    },
  };
}

/**
 * Isolated world: turns the image-job bridge's messages into counted images, for sites whose jobs
 * count when accepted. Each job counts its images keyed `<job id>#<index>`, so the same job seen again
 * (a repeated response, a reload) gives the same event ids and counts once. Sites that learn of a
 * job's end from a status poll use finishing-jobs.ts instead.
 */
export function createImageJobCounter(deps: ImageJobCounterDeps): ImageJobListener {
  return {
    ...acceptedJobs(deps, ({ jobKey, images = 0 }) => countJobImages(deps, jobKey, images)),
    onFinished() {},
  };
}
