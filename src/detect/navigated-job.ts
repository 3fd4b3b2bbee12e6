import { MAX_JOB_IMAGES } from '../domain/image-caps';
import type { NavigatedJobRule } from '../domain/site';
import { generatedImageKey, hasLoadedPicture, imagesIn } from './images';

/** How long a result page keeps looking for its images (the site polls for them). */
const WATCH_MS = 10 * 60_000;

export interface NavigatedJobDeps {
  /** Asks the background whether this tab was granted the job `jobKey` (one create post, this job). */
  claim(jobKey: string): Promise<boolean>;
  /** Counts one image by its stable key (`<job id>#<image name>`). */
  countImage(imageKey: string): void;
}

/**
 * Result page of a navigated image job (see NavigatedJobRule): once the background grants this page's
 * job, counts each distinct result image that really loads, keyed by job id + the image it shows, at
 * most MAX_JOB_IMAGES. Watches only what the mutations add, and stops after WATCH_MS. A page without
 * a job id, or whose job was not granted (an old result page), counts nothing.
 */
export function watchNavigatedJob(
  rule: NavigatedJobRule,
  win: Window,
  deps: NavigatedJobDeps,
): () => void {
  const jobKey = rule.jobKey(new URL(win.location.href));
  if (!jobKey) return () => {};
  const doc = win.document;
  const counted = new Set<string>();
  let stopped = false;
  let observer: MutationObserver | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const stop = (): void => {
    stopped = true;
    observer?.disconnect();
    clearTimeout(timer);
  };
  const consider = (img: HTMLImageElement): void => {
    const key = generatedImageKey(img, rule.images);
    if (!key || counted.has(key) || stopped) return;
    if (!hasLoadedPicture(img)) {
      img.addEventListener('load', () => consider(img), { once: true });
      return;
    }
    counted.add(key);
    deps.countImage(`${jobKey}#${key}`);
    if (counted.size >= MAX_JOB_IMAGES) stop();
  };
  const look = (roots: Iterable<Element>): void => {
    for (const img of imagesIn(roots, rule.images.selector)) consider(img);
  };

  deps.claim(jobKey).then(
    (granted) => {
      if (!granted || stopped) return;
      look([doc.documentElement]);
      observer = new MutationObserver((records) => {
        const roots = new Set<Element>();
        for (const record of records) {
          if (record.type === 'attributes') roots.add(record.target as Element);
          for (const node of Array.from(record.addedNodes)) {
            if (node.nodeType === Node.ELEMENT_NODE) roots.add(node as Element);
          }
        }
        look(roots);
      });
      observer.observe(doc.documentElement, {
        childList: true,
        subtree: true,
        attributes: true,
        attributeFilter: ['src'],
      });
      timer = setTimeout(stop, WATCH_MS);
    },
    () => {},
  );
  return stop;
}
