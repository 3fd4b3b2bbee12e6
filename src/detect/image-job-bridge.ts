import type { ImageJob, ImageJobRule } from '../domain/site';
import { MAX_JOB_IMAGES } from '../domain/image-caps';
import { MAX_CLIP_SECONDS, MAX_JOB_VIDEOS } from '../domain/video';

/** Marks the bridge's window messages; anything else on the window is ignored. */
const BRIDGE = 'ai-footprint:image-job';

/**
 * What the bridge posts: `start` when a request under an `accepted` rule goes out (so it can be tied to
 * the user gesture that started it), then its `jobs` once the response is read; `ticket` joins the two
 * and is a random id, not the request's. A status poll (`finished` rule) posts only the jobs it reports
 * done, as `finished`.
 */
export type ImageJobMessage =
  { ticket: string; start: true } | { ticket: string; jobs: ImageJob[] } | { finished: ImageJob[] };

type PageWindow = Window & typeof globalThis;

/** Page world: posts one bridge message to the isolated content script. */
export function postImageJobMessage(win: Window, message: ImageJobMessage): void {
  win.postMessage({ [BRIDGE]: message }, win.location.origin);
}

const isOk = (status: number): boolean => status >= 200 && status < 300;

function parse(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** A whole number in `min`..`max` (a larger one is cut down to `max`), else undefined. */
function bounded(value: unknown, min: number, max: number): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= min
    ? Math.min(value, max)
    : undefined;
}

/**
 * Jobs that are safe to pass on: an id of bounded length and a bounded whole count of images or of
 * video clips (with a bounded clip length). An accepted job needs a count above 0; a finished one may
 * report 0 (failed) or no count ("as accepted").
 */
function clean(jobs: readonly unknown[], finished: boolean): ImageJob[] {
  return jobs.flatMap((item) => {
    const { jobKey, images, videos, durationSec } = (
      typeof item === 'object' && item !== null ? item : {}
    ) as Record<string, unknown>;
    const keyOk = typeof jobKey === 'string' && jobKey.length > 0 && jobKey.length <= 200;
    if (!keyOk) return [];
    const least = finished ? 0 : 1;
    if (videos !== undefined) {
      const clips = bounded(videos, least, MAX_JOB_VIDEOS);
      if (clips === undefined) return [];
      const seconds = bounded(durationSec, 1, MAX_CLIP_SECONDS);
      return [
        { jobKey, videos: clips, ...(seconds === undefined ? {} : { durationSec: seconds }) },
      ];
    }
    if (finished && images === undefined) return [{ jobKey }];
    const count = bounded(images, least, MAX_JOB_IMAGES);
    return count === undefined ? [] : [{ jobKey, images: count }];
  });
}

/**
 * Page world: wraps `fetch` and `XMLHttpRequest` so the jobs a site's generate requests start (and its
 * status polls finish) can be counted. For a request under an `accepted` rule it posts a start, then
 * only `{jobKey, images}` (or `{jobKey, videos, durationSec}`) of each job read from a 2xx exchange; for a `finished` rule only the jobs
 * reported done: never the prompt, the URL or any body. The page's own requests behave as
 * before (the response is cloned; reading errors are swallowed).
 */
export function installImageJobBridge(win: PageWindow, rules: readonly ImageJobRule[]): void {
  const post = (message: ImageJobMessage): void => postImageJobMessage(win, message);
  /** The rules a request falls under (one endpoint may both start jobs and report them done). */
  const rulesFor = (url: string, method: string): ImageJobRule[] =>
    rules.filter((r) => r.url.test(url) && (r.method ?? 'POST') === method.toUpperCase());
  /** Starts one observed exchange under one rule; returns how to finish it. */
  const beginRule = (rule: ImageJobRule, url: string) => {
    const finished = rule.reports === 'finished';
    const ticket = win.crypto.randomUUID();
    if (!finished) post({ ticket, start: true });
    return (requestText: string | undefined, responseText: string | undefined): void => {
      let jobs: ImageJob[] = [];
      try {
        const request = parse(requestText);
        jobs = clean(
          rule.read(typeof request === 'string' ? undefined : request, parse(responseText), url),
          finished,
        );
      } catch {
        // An unexpected shape counts nothing.
      }
      if (!finished) post({ ticket, jobs });
      else if (jobs.length > 0) post({ finished: jobs });
    };
  };
  /** Starts one observed exchange under every rule it falls under, or returns undefined for none. */
  const begin = (url: string, method: string) => {
    const finishers = rulesFor(url, method).map((rule) => beginRule(rule, url));
    if (finishers.length === 0) return undefined;
    return (requestText: string | undefined, responseText: string | undefined): void => {
      for (const finish of finishers) finish(requestText, responseText);
    };
  };
  const absolute = (url: string): string => {
    try {
      return new URL(url, win.location.href).href;
    } catch {
      return url;
    }
  };

  const fetch = win.fetch;
  if (typeof fetch === 'function') {
    win.fetch = function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
      let observe: ((result: Promise<Response>) => void) | undefined;
      try {
        const isRequest = typeof win.Request === 'function' && input instanceof win.Request;
        const url = absolute(isRequest ? (input as Request).url : String(input));
        const method = init?.method ?? (isRequest ? (input as Request).method : 'GET');
        const finish = begin(url, method);
        if (finish) {
          // A Request's body is read from a clone taken before fetch consumes it.
          const requestText: Promise<string | undefined> =
            typeof init?.body === 'string'
              ? Promise.resolve(init.body)
              : init?.body == null && isRequest
                ? (input as Request).clone().text()
                : Promise.resolve(undefined);
          requestText.catch(() => undefined);
          observe = (result) =>
            result.then(
              (response) => {
                if (!isOk(response.status)) return finish(undefined, undefined);
                void Promise.all([requestText, response.clone().text()]).then(
                  ([req, res]) => finish(req, res),
                  () => finish(undefined, undefined),
                );
              },
              () => finish(undefined, undefined),
            );
        }
      } catch {
        observe = undefined; // Never break the page's request.
      }
      const result = fetch.call(this, input, init) as Promise<Response>;
      try {
        observe?.(result);
      } catch {
        // Never break the page's request.
      }
      return result;
    } as typeof win.fetch;
  }

  const XHR = win.XMLHttpRequest;
  if (typeof XHR === 'function') {
    const open = XHR.prototype.open;
    const send = XHR.prototype.send;
    const opened = new WeakMap<XMLHttpRequest, { url: string; method: string }>();
    XHR.prototype.open = function (this: XMLHttpRequest, method: string, url: string | URL) {
      opened.set(this, { method: String(method), url: absolute(String(url)) });
      // eslint-disable-next-line prefer-rest-params
      return (open as (...args: unknown[]) => void).apply(this, Array.from(arguments));
    } as typeof XHR.prototype.open;
    XHR.prototype.send = function (
      this: XMLHttpRequest,
      body?: Document | XMLHttpRequestBodyInit | null,
    ) {
      try {
        const request = opened.get(this);
        const finish = request && begin(request.url, request.method);
        if (finish) {
          const requestText = typeof body === 'string' ? body : undefined;
          this.addEventListener('loadend', () => {
            let responseText: string | undefined;
            try {
              if (isOk(this.status)) {
                responseText =
                  this.responseType === 'json'
                    ? JSON.stringify(this.response)
                    : this.responseType === '' || this.responseType === 'text'
                      ? this.responseText
                      : undefined;
              }
            } catch {
              responseText = undefined;
            }
            finish(requestText, responseText);
          });
        }
      } catch {
        // Never break the page's request.
      }
      return send.call(this, body);
    };
  }
}

/** What the isolated world does with the bridge's messages. */
export interface ImageJobListener {
  /** An `accepted` request went out. */
  onStart(ticket: string): void;
  /** The jobs that request started. */
  onJobs(ticket: string, jobs: ImageJob[]): void;
  /** Jobs a status poll reports done. */
  onFinished(jobs: ImageJob[]): void;
}

/**
 * Isolated world: receives the bridge's messages. The page can post the same messages, so callers must
 * accept a ticket's jobs only when its start came right after a trusted user gesture, and a finished
 * report only for such a job (see image-job-counter).
 */
export function listenToImageJobBridge(win: Window, listener: ImageJobListener): () => void {
  const onMessage = (event: MessageEvent): void => {
    if (event.source !== win) return;
    const payload = (event.data as Record<string, unknown> | null)?.[BRIDGE] as
      Record<string, unknown> | undefined;
    if (Array.isArray(payload?.finished)) {
      listener.onFinished(clean(payload.finished as unknown[], true));
      return;
    }
    const ticket = payload?.ticket;
    if (typeof ticket !== 'string' || ticket.length > 100) return;
    if (payload?.start === true) listener.onStart(ticket);
    else if (Array.isArray(payload?.jobs))
      listener.onJobs(ticket, clean(payload.jobs as unknown[], false));
  };
  win.addEventListener('message', onMessage);
  return () => win.removeEventListener('message', onMessage);
}
