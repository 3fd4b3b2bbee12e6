import { describe, expect, it } from 'vitest';
import { createFinishingJobCounter, type HeldJob } from '../../../src/detect/finishing-jobs';
import { createImageJobCounter } from '../../../src/detect/image-job-counter';
import { settle } from '../helpers/page';

/**
 * A finishing counter whose gestures are always recent, on a page whose background holds `held` for
 * this tab and answers the held list when `answer` is called (so a test decides when it arrives).
 */
function finishingCounter(held: HeldJob[] = []) {
  const counted: string[] = [];
  const sent: unknown[] = [];
  let answer: () => void = () => {};
  const answered = new Promise<void>((resolve) => (answer = resolve));
  const jobs = createFinishingJobCounter(
    'leonardo',
    async (message) => {
      sent.push(message);
      if ((message as { type: string }).type !== 'held-image-jobs') return { ok: true };
      await answered;
      return { ok: true, stored: false, held };
    },
    {
      takeGesture: () => true,
      caps: { jobsPerGesture: 1, imagesPerJob: 8 },
      countImage: (key) => counted.push(key),
      countVideo: (key) => counted.push(`video ${key}`),
    },
  );
  return { jobs, counted, sent, answer: async () => (answer(), settle(0)) };
}

describe('image jobs that count when accepted', () => {
  it('counts each accepted job’s images at once and ignores finished reports', () => {
    const counted: string[] = [];
    const jobs = createImageJobCounter({
      takeGesture: () => true,
      caps: { jobsPerGesture: 1, imagesPerJob: 8 },
      countImage: (key) => counted.push(key),
      countVideo: (key) => counted.push(`video ${key}`),
    });
    jobs.onStart('t1');
    jobs.onJobs('t1', [{ jobKey: 'a', images: 2 }]);
    jobs.onFinished([{ jobKey: 'b', images: 4 }]);
    expect(counted).toEqual(['a#0', 'a#1']);
  });

  it('counts a video job’s clips as videos with their length, and nothing without a gesture', () => {
    const counted: string[] = [];
    let gesture = true;
    const jobs = createImageJobCounter({
      takeGesture: () => gesture,
      caps: { jobsPerGesture: 1, imagesPerJob: 4 },
      countImage: (key) => counted.push(key),
      countVideo: (key, seconds) => counted.push(`video ${key} ${seconds}`),
    });
    jobs.onStart('t1');
    jobs.onJobs('t1', [{ jobKey: 'v', videos: 2, durationSec: 5 }]);
    // A replayed ticket and a request the page made on its own count nothing.
    jobs.onJobs('t1', [{ jobKey: 'v', videos: 2, durationSec: 5 }]);
    gesture = false;
    jobs.onStart('t2');
    jobs.onJobs('t2', [{ jobKey: 'forged', videos: 4 }]);
    expect(counted).toEqual(['video v#0 5', 'video v#1 5']);
  });
});

describe('image jobs that count when a status poll finishes them', () => {
  it('counts a job whose poll says done before the background confirmed its request', async () => {
    const counted: string[] = [];
    let confirm: (seen: boolean) => void = () => {};
    const jobs = createFinishingJobCounter('ideogram', async () => ({ ok: true, held: [] }), {
      takeGesture: () => true,
      caps: { jobsPerGesture: 1, imagesPerJob: 8 },
      countImage: (key) => counted.push(key),
      countVideo: (key) => counted.push(`video ${key}`),
      confirmJobPost: () => new Promise<boolean>((resolve) => (confirm = resolve)),
    });
    await settle(0);
    jobs.onStart('t1');
    jobs.onJobs('t1', [{ jobKey: 'a', images: 4 }]);
    jobs.onFinished([{ jobKey: 'a', images: 4 }]); // the poll is quicker than the confirmation
    expect(counted).toEqual([]);
    confirm(true);
    await settle(0);
    expect(counted).toEqual(['a#0', 'a#1', 'a#2', 'a#3']);
  });

  it('never counts a job done early whose request the background did not see', async () => {
    const counted: string[] = [];
    const jobs = createFinishingJobCounter('ideogram', async () => ({ ok: true, held: [] }), {
      takeGesture: () => true,
      caps: { jobsPerGesture: 1, imagesPerJob: 8 },
      countImage: (key) => counted.push(key),
      countVideo: (key) => counted.push(`video ${key}`),
      confirmJobPost: async () => false,
    });
    await settle(0);
    jobs.onFinished([{ jobKey: 'a', images: 4 }]);
    jobs.onStart('t1');
    jobs.onJobs('t1', [{ jobKey: 'a', images: 4 }]);
    await settle(0);
    expect(counted).toEqual([]);
  });

  it('holds each accepted job in the background and counts it once a poll says done', async () => {
    const { jobs, counted, sent, answer } = finishingCounter();
    await answer();
    jobs.onStart('t1');
    jobs.onJobs('t1', [{ jobKey: 'a', images: 4 }]);
    expect(counted).toEqual([]);
    expect(sent).toEqual([
      { type: 'held-image-jobs', site: 'leonardo' },
      { type: 'hold-image-job', site: 'leonardo', jobKey: 'a', images: 4 },
    ]);
    jobs.onFinished([{ jobKey: 'a', images: 3 }]);
    jobs.onFinished([{ jobKey: 'a', images: 3 }]);
    expect(counted).toEqual(['a#0', 'a#1', 'a#2']);
  });

  it('never counts more than a job was accepted with, nor a second request on one gesture', async () => {
    let gestures = 1;
    const counted: string[] = [];
    const jobs = createFinishingJobCounter('leonardo', async () => ({ ok: true, held: [] }), {
      takeGesture: () => gestures-- > 0,
      caps: { jobsPerGesture: 1, imagesPerJob: 8 },
      countImage: (key) => counted.push(key),
      countVideo: (key) => counted.push(`video ${key}`),
    });
    await settle(0);
    jobs.onStart('t1');
    jobs.onStart('t2');
    jobs.onJobs('t1', [
      { jobKey: 'a', images: 2 },
      { jobKey: 'b', images: 8 },
    ]);
    jobs.onJobs('t2', [{ jobKey: 'c', images: 8 }]);
    jobs.onFinished([
      { jobKey: 'a', images: 500 },
      { jobKey: 'b', images: 8 },
      { jobKey: 'c', images: 8 },
    ]);
    expect(counted).toEqual(['a#0', 'a#1']);
  });

  it('counts a job held before a reload when the new page’s poll finishes it, before or after the held list arrives', async () => {
    const late = finishingCounter([{ jobKey: 'a', images: 2 }]);
    await late.answer();
    late.jobs.onFinished([{ jobKey: 'a' }]);
    expect(late.counted).toEqual(['a#0', 'a#1']);

    const early = finishingCounter([{ jobKey: 'b', images: 3 }]);
    early.jobs.onFinished([{ jobKey: 'b', images: 3 }, { jobKey: 'old' }]);
    expect(early.counted).toEqual([]);
    await early.answer();
    expect(early.counted).toEqual(['b#0', 'b#1', 'b#2']);
  });

  it('never counts a finished job nobody held, before or after the held list arrives', async () => {
    const { jobs, counted, answer } = finishingCounter();
    jobs.onFinished([{ jobKey: 'library-1', images: 4 }]);
    await answer();
    jobs.onFinished([{ jobKey: 'library-2', images: 4 }]);
    expect(counted).toEqual([]);
  });
});
