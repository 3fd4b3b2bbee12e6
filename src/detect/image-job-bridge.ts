import type { ImageJob, ImageJobRule } from '../domain/site';
import { MAX_JOB_IMAGES } from '../domain/image-caps';
import type { BridgeInbox, BridgePost } from './bridge-channel';
import { takeBuiltins, type PageBuiltins } from './page-builtins';
import { MAX_CLIP_SECONDS, MAX_JOB_VIDEOS } from '../domain/video';

/**
 * What the bridge posts: `start` when a request under an `accepted` rule goes out (so it can be tied to
 * the user gesture that started it), then its `jobs` once the response is read; `ticket` joins the two
 * and is a random id, not the request's. A status poll (`finished` rule) posts only the jobs it reports
 * done, as `finished`.
 */
export type ImageJobMessage =
  { ticket: string; start: true } | { ticket: string; jobs: ImageJob[] } | { finished: ImageJob[] };

type PageWindow = Window & typeof globalThis;

/** Page world: sends one image-job message over the bridge's private channel. */
export function postImageJobMessage(post: BridgePost, message: ImageJobMessage): void {
  post({ imageJob: message });
}

const isOk = (status: number): boolean => status >= 200 && status < 300;

function parse(b: PageBuiltins, text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return b.parseJson(text);
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
 * before (the response is cloned; reading errors are swallowed). Every built-in it calls is taken at
 * install (page-builtins.ts), and it posts only over the private channel (bridge-channel.ts).
 */
export function installImageJobBridge(
  win: PageWindow,
  rules: readonly ImageJobRule[],
  channel: BridgePost,
): void {
  const b = takeBuiltins(win);
  const post = (message: ImageJobMessage): void => postImageJobMessage(channel, message);
  /** The rules a request falls under (one endpoint may both start jobs and report them done). */
  const rulesFor = (url: string, method: string): ImageJobRule[] => {
    // Index loops: a page may have patched Array.prototype.filter or the array iterator.
    const matching: ImageJobRule[] = [];
    const upper = b.upperCase(method);
    for (let i = 0; i < rules.length; i++) {
      const r = rules[i]!;
      if (b.regexExec(r.url, url) !== null && (r.method ?? 'POST') === upper) {
        matching[matching.length] = r;
      }
    }
    return matching;
  };
  /** Starts one observed exchange under one rule; returns how to finish it. */
  const beginRule = (rule: ImageJobRule, url: string) => {
    const finished = rule.reports === 'finished';
    const ticket = b.randomId();
    if (!finished) post({ ticket, start: true });
    return (requestText: string | undefined, responseText: string | undefined): void => {
      let jobs: ImageJob[] = [];
      try {
        const request = parse(b, requestText);
        jobs = clean(
          rule.read(typeof request === 'string' ? undefined : request, parse(b, responseText), url),
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
    const matching = rulesFor(url, method);
    if (matching.length === 0) return undefined;
    const finishers: ReturnType<typeof beginRule>[] = [];
    for (let i = 0; i < matching.length; i++) finishers[i] = beginRule(matching[i]!, url);
    return (requestText: string | undefined, responseText: string | undefined): void => {
      for (let i = 0; i < finishers.length; i++) finishers[i]!(requestText, responseText);
    };
  };
  const absolute = (url: string): string => {
    try {
      return b.urlHref(new b.URL(url, win.location.href));
    } catch {
      return url;
    }
  };
  const noText = b.resolve<string | undefined>(undefined);

  const fetch = win.fetch;
  if (typeof fetch === 'function') {
    win.fetch = function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
      let observe: ((result: Promise<Response>) => void) | undefined;
      try {
        const isRequest = b.isRequest(input);
        const url = absolute(isRequest ? b.requestUrl(input) : String(input));
        const method = init?.method ?? (isRequest ? b.requestMethod(input) : 'GET');
        const finish = begin(url, String(method));
        if (finish) {
          // A Request's body is read from a clone taken before fetch consumes it.
          const requestText: Promise<string | undefined> =
            typeof init?.body === 'string'
              ? b.resolve(init.body)
              : init?.body == null && isRequest
                ? b.requestText(b.cloneRequest(input))
                : noText;
          b.then(
            requestText,
            () => {},
            () => {},
          );
          const failed = () => finish(undefined, undefined);
          observe = (result) =>
            b.then(
              result,
              (response) => {
                if (!isOk(b.responseStatus(response))) return failed();
                b.then(
                  b.promiseAll([requestText, b.responseText(b.cloneResponse(response))]),
                  ([req, res]) => finish(req, res),
                  failed,
                );
              },
              failed,
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
          b.addListener(this, 'loadend', () => {
            let responseText: string | undefined;
            try {
              if (isOk(b.xhrStatus(this))) {
                const type = b.xhrResponseType(this);
                responseText =
                  type === 'json'
                    ? b.stringifyJson(b.xhrResponse(this))
                    : type === '' || type === 'text'
                      ? b.xhrResponseText(this)
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
 * Isolated world: receives the bridge's image-job messages over the private channel. A page script
 * cannot post on it, but a page can make real requests the bridge reads, so callers accept a ticket's
 * jobs only when its start came right after a trusted user gesture, and a finished report only for
 * such a job (see image-job-counter).
 */
export function listenToImageJobBridge(inbox: BridgeInbox, listener: ImageJobListener): () => void {
  return inbox.listen((message) => {
    const payload = message.imageJob as Record<string, unknown> | undefined;
    if (typeof payload !== 'object' || payload === null) return;
    if (Array.isArray(payload.finished)) {
      listener.onFinished(clean(payload.finished as unknown[], true));
      return;
    }
    const ticket = payload.ticket;
    if (typeof ticket !== 'string' || ticket.length > 100) return;
    if (payload.start === true) listener.onStart(ticket);
    else if (Array.isArray(payload.jobs))
      listener.onJobs(ticket, clean(payload.jobs as unknown[], false));
  });
}
