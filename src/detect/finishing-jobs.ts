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
 * done. Finished reports that arrive before that answer wait for it.
 */
export function createFinishingJobCounter(
  site: SiteAdapter['id'],
  send: (message: unknown) => Promise<unknown>,
  deps: ImageJobCounterDeps,
): ImageJobListener {
  const awaitingFinish = new Map<string, number>();
  let finishedBeforeHeld: Map<string, number | undefined> | undefined = new Map();

  const finish = (jobKey: string, images: number | undefined): void => {
    const accepted = awaitingFinish.get(jobKey);
    if (accepted === undefined) {
      if (finishedBeforeHeld) remember(finishedBeforeHeld, jobKey, images);
      return;
    }
    awaitingFinish.delete(jobKey);
    // A finished report never makes more than the job was accepted with.
    countJobImages(deps, jobKey, Math.min(images ?? accepted, accepted));
  };
  const resume = (held: HeldJob[]): void => {
    const early = finishedBeforeHeld;
    finishedBeforeHeld = undefined;
    for (const { jobKey, images } of held) {
      if (awaitingFinish.has(jobKey)) continue;
      remember(awaitingFinish, jobKey, Math.min(images, deps.caps.imagesPerJob));
      if (early?.has(jobKey)) finish(jobKey, early.get(jobKey));
    }
  };

  const ask: HeldImageJobsMessage = { type: 'held-image-jobs', site };
  send(ask).then(
    (ack) => resume((ack as { held?: HeldJob[] } | undefined)?.held ?? []),
    () => resume([]),
  );
  return {
    ...acceptedJobs(deps, ({ jobKey, images = 0 }) => {
      remember(awaitingFinish, jobKey, images);
      const hold: HoldImageJobMessage = { type: 'hold-image-job', site, jobKey, images };
      send(hold).catch(() => {});
    }),
    onFinished(jobs) {
      for (const { jobKey, images } of jobs) finish(jobKey, images);
    },
  };
}
