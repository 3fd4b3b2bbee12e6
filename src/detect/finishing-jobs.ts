import type { HeldImageJobsMessage, HoldImageJobMessage } from '../messaging/protocol';
import type { SiteAdapter } from '../domain/site';
import type { ImageJobListener } from './image-job-bridge';
import {
  acceptedJobs,
  countJobImages,
  remember,
  type ImageJobCounterDeps,
} from './image-job-counter';

/** A job this tab accepted before the page (re)loaded, and the image count it was accepted with. */
export interface HeldJob {
  jobKey: string;
  images: number;
}

/**
 * Isolated world, for sites with a status poll (`finished` rules: Ideogram, Leonardo): an accepted job
 * waits until a poll reports it done and counts the images made then, so a failed job counts none, and
 * a poll can only finish a job this tab saw accepted, never the library's older ones. Each accepted job
 * is also held by the background for this tab (`hold-image-job`); a reloaded page asks for the held
 * jobs (`held-image-jobs`), so a job still running at a reload counts when the new page's poll says
 * done. Finished reports that arrive before their job is accepted (that answer, or the background's
 * confirmation of the job's request) wait for it.
 */
export function createFinishingJobCounter(
  site: SiteAdapter['id'],
  send: (message: unknown) => Promise<unknown>,
  deps: ImageJobCounterDeps,
): ImageJobListener {
  const awaitingFinish = new Map<string, number>();
  // Done reports of jobs not accepted (yet): the poll can answer before the background has confirmed
  // the job's request, or before the held jobs of a reloaded page are known. Bounded; a report counts
  // nothing unless its job is accepted after a gesture.
  const finishedEarly = new Map<string, number | undefined>();

  const finish = (jobKey: string, images: number | undefined): void => {
    const accepted = awaitingFinish.get(jobKey);
    if (accepted === undefined) {
      remember(finishedEarly, jobKey, images);
      return;
    }
    awaitingFinish.delete(jobKey);
    // A finished report never makes more than the job was accepted with.
    countJobImages(deps, jobKey, Math.min(images ?? accepted, accepted));
  };
  const awaitFinish = (jobKey: string, images: number): void => {
    remember(awaitingFinish, jobKey, images);
    if (!finishedEarly.has(jobKey)) return;
    const done = finishedEarly.get(jobKey);
    finishedEarly.delete(jobKey);
    finish(jobKey, done);
  };
  const resume = (held: HeldJob[]): void => {
    for (const { jobKey, images } of held) {
      if (!awaitingFinish.has(jobKey))
        awaitFinish(jobKey, Math.min(images, deps.caps.imagesPerJob));
    }
  };

  const ask: HeldImageJobsMessage = { type: 'held-image-jobs', site };
  send(ask).then(
    (ack) => resume((ack as { held?: HeldJob[] } | undefined)?.held ?? []),
    () => resume([]),
  );
  return {
    ...acceptedJobs(deps, ({ jobKey, images = 0 }) => {
      awaitFinish(jobKey, images);
      const hold: HoldImageJobMessage = { type: 'hold-image-job', site, jobKey, images };
      send(hold).catch(() => {});
    }),
    onFinished(jobs) {
      for (const { jobKey, images } of jobs) finish(jobKey, images);
    },
  };
}
