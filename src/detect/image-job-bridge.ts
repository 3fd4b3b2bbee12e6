import type { ImageJob, ImageJobRule } from '../sites/types';
import { MAX_JOB_IMAGES } from '../sites/image-jobs';

/** Marks the bridge's window messages; anything else on the window is ignored. */
const BRIDGE = 'ai-footprint:image-job';

/**
 * What the bridge posts: `start` when a request under a rule goes out (so it can be tied to the user
 * gesture that started it), then its `jobs` once the response is read. `ticket` joins the two; it is a
 * random id, not the request's.
 */
export type ImageJobMessage =
  { ticket: string; start: true } | { ticket: string; jobs: ImageJob[] };

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

/** Jobs that are safe to pass on: an id of bounded length and a bounded whole count. */
function clean(jobs: readonly unknown[]): ImageJob[] {
  return jobs.flatMap((item) => {
    const { jobKey, images } = (typeof item === 'object' && item !== null ? item : {}) as {
      jobKey?: unknown;
      images?: unknown;
    };
    const keyOk = typeof jobKey === 'string' && jobKey.length > 0 && jobKey.length <= 200;
    const countOk = typeof images === 'number' && Number.isInteger(images) && images > 0;
    return keyOk && countOk ? [{ jobKey, images: Math.min(images, MAX_JOB_IMAGES) }] : [];
  });
}

/**
 * Page world: wraps `fetch` and `XMLHttpRequest` so the jobs a site's generate requests start can be
 * counted. For a request under one of `rules` it posts a start, then only `{jobKey, images}` of each job
 * read from a 2xx exchange: never the prompt, the URL or any body. The page's own requests behave as
 * before (the response is cloned; reading errors are swallowed).
 */
export function installImageJobBridge(win: PageWindow, rules: readonly ImageJobRule[]): void {
  const post = (message: ImageJobMessage): void => postImageJobMessage(win, message);
  const ruleFor = (url: string, method: string): ImageJobRule | undefined =>
    rules.find((r) => r.url.test(url) && (r.method ?? 'POST') === method.toUpperCase());
  /** Starts one observed exchange; returns how to finish it. */
  const begin = (rule: ImageJobRule, url: string) => {
    const ticket = win.crypto.randomUUID();
    post({ ticket, start: true });
    return (requestText: string | undefined, responseText: string | undefined): void => {
      let jobs: ImageJob[] = [];
      try {
        const request = parse(requestText);
        jobs = clean(
          rule.read(typeof request === 'string' ? undefined : request, parse(responseText), url),
        );
      } catch {
        // An unexpected shape counts nothing.
      }
      post({ ticket, jobs });
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
        const rule = ruleFor(url, method);
        if (rule) {
          const finish = begin(rule, url);
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
        const rule = request && ruleFor(request.url, request.method);
        if (request && rule) {
          const finish = begin(rule, request.url);
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

/**
 * Isolated world: receives the bridge's messages. The page can post the same messages, so callers must
 * accept a ticket's jobs only when its start came right after a trusted user gesture (see run-page).
 */
export function listenToImageJobBridge(
  win: Window,
  onStart: (ticket: string) => void,
  onJobs: (ticket: string, jobs: ImageJob[]) => void,
): () => void {
  const onMessage = (event: MessageEvent): void => {
    if (event.source !== win) return;
    const payload = (event.data as Record<string, unknown> | null)?.[BRIDGE] as
      Record<string, unknown> | undefined;
    const ticket = payload?.ticket;
    if (typeof ticket !== 'string' || ticket.length > 100) return;
    if (payload?.start === true) onStart(ticket);
    else if (Array.isArray(payload?.jobs)) onJobs(ticket, clean(payload.jobs as unknown[]));
  };
  win.addEventListener('message', onMessage);
  return () => win.removeEventListener('message', onMessage);
}
