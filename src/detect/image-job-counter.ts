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
  /** Counts one video clip by its stable key (`<job id>#<index>`) and its length, when known. */
  countVideo(clipKey: string, durationSec: number | undefined): void;
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
 * Counts what one job made: its video clips when it is a video job (keyed `<job id>#<index>` like
 * images, but as their own kind, so a clip and an image never share an event id), else its images.
 */
export function countJob(deps: ImageJobCounterDeps, job: ImageJob, acceptedImages = 0): void {
  if (job.videos !== undefined) {
    for (let index = 0; index < job.videos; index++) {
      deps.countVideo(`${job.jobKey}#${index}`, job.durationSec);
    }
  } else countJobImages(deps, job.jobKey, job.images ?? acceptedImages);
}

/**
 * What both counters share: a request's jobs are taken only when the request started right after a
 * user gesture, which it uses up (a page can make real requests too). Its jobs are capped at what one
 * action on the site can make (distinct jobs, images per job; clips per job are bounded by the bridge).
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
        for (const job of jobs) {
          if (taken.size >= deps.caps.jobsPerGesture) break;
          if (taken.has(job.jobKey)) continue;
          taken.add(job.jobKey);
          // A video job's clips and seconds are already bounded by the bridge (MAX_JOB_VIDEOS).
          accept(
            job.videos !== undefined
              ? job
              : { jobKey: job.jobKey, images: Math.min(job.images ?? 0, deps.caps.imagesPerJob) },
          );
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
    ...acceptedJobs(deps, (job) => countJob(deps, job)),
    onFinished() {},
  };
}
