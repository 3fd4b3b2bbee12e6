import type { ModelFamily, Mode } from './model-mode';
/** The parts of a request body that webRequest lets the background read. */
export interface RequestBodyView {
  /** Parsed JSON of a raw body, when it parses. */
  json?: unknown;
  /** Form fields of a form-encoded or multipart body. */
  form?: Record<string, string[]>;
}

/** What a send request said about itself. */
export interface NetworkSignal {
  trigger: 'send' | 'regenerate';
  /**
   * The client-side id of the new user message, when the request carries one. The page shows the same
   * id on the new turn, so both signals derive one event id and collapse into one event.
   */
  messageKey?: string;
  /** The mode a socket frame asked for (Copilot's Think Deeper); a label only, never a count. */
  mode?: Mode;
}

/** A request that sends a prompt, as the background sees it through webRequest. */
export interface NetworkSendRule {
  /** webRequest URL filters; they must fall within the site's `matches`. */
  urls: string[];
  /** Paths of send endpoints (anything else under `urls` is ignored, e.g. `/prepare`). */
  path: RegExp;
  /** Says what the request is, or null when it is not a prompt (e.g. an unknown action). */
  classify(body: RequestBodyView): NetworkSignal | null;
}

/**
 * A WebSocket that carries sends (webRequest sees only its handshake). A page-world script reads the
 * page's outgoing frames to that URL and passes only the classification on, never the frame.
 */
export interface SocketSendRule {
  /** Matches the socket's URL. */
  url: RegExp;
  /** Says what an outgoing text frame (parsed JSON) is, or null when it is not a prompt. */
  classify(frame: unknown): NetworkSignal | null;
  /** Says what an outgoing binary frame is (sites whose socket is binary), or null. */
  classifyBinary?(bytes: Uint8Array): NetworkSignal | null;
  /** How the answer frames that follow a send tell its generated images, when the site makes any. */
  images?: SocketImageRule;
}

/**
 * Reads a send's generated images from the incoming frames of its answer. The page-world bridge passes
 * on only the image keys, at the answer's end, never a frame or an image URL.
 */
export interface SocketImageRule {
  /** The stable key of a finished image that an incoming frame (parsed JSON) reports, else null. */
  imageKey(frame: unknown): string | null;
  /** True for the frame that ends the answer (done, error). */
  ends(frame: unknown): boolean;
}

/**
 * One generation job as a site's request and response tell it: its id and how many images (or video
 * clips, each of `durationSec` seconds when known) it makes.
 */
export interface ImageJob {
  /** The site's own job id (stable: a repeated signal for the job gives the same event ids). */
  jobKey: string;
  /**
   * Images the job makes (accepted) or made (finished); 0 when none (refused, failed, a video). A
   * finished report may leave it out when the poll tells only "done": then the accepted count holds.
   */
  images?: number;
  /** Video clips the job makes (a video job); counted as `video` events, never as images. */
  videos?: number;
  /** Length of each of the job's clips in whole seconds, when the exchange tells it. */
  durationSec?: number;
}

/**
 * A request that starts image-generation jobs. Response bodies are invisible to webRequest, so a
 * page-world script reads the exchange and passes on only `{jobKey, images}`, never prompt or URL.
 */
export interface ImageJobRule {
  /** Matches the request's absolute URL (any host: the page world sees cross-origin APIs too). */
  url: RegExp;
  /** Request method (default POST). */
  method?: string;
  /**
   * `accepted` (default): the request starts jobs, and only one made right after a user gesture counts.
   * `finished`: a status poll the page makes on its own; it reports the jobs that are done. When a site
   * has a `finished` rule, an accepted job counts only once a poll reports it done, with the number of
   * images made (a failed job: none).
   */
  reports?: 'accepted' | 'finished';
  /**
   * Reads the jobs of one successful (2xx) exchange: `request` is the parsed JSON request body
   * (undefined when it has none or it is not JSON), `response` the parsed JSON response body (the
   * text when it is not JSON). Returns [] when the exchange starts (or, for a poll, finishes) no job.
   */
  read(request: unknown, response: unknown, url: string): ImageJob[];
}

/**
 * An image job started by a form post that navigates the tab to the job's own result page (Bing Image
 * Creator). The background sees the post through webRequest and grants that tab one job; the result
 * page's content script counts its images only with the grant, which binds to the page's job id, so an
 * old result page (history, a bookmark, the back button) counts nothing.
 */
export interface NavigatedJobRule {
  /** webRequest URL filters of the post (a main-frame POST); they must fall within the site's `matches`. */
  urls: string[];
  /** Path of the post. */
  path: RegExp;
  /** The job id a page URL carries (the result page, or the post's redirect); null on any other page. */
  jobKey(url: URL): string | null;
  /** The job's result images; `key` tells which image an `<img>` shows (copies share it). */
  images: ImageQuery;
}

/** How to find the user's turns on the page and the stable key each one carries. */
export interface TurnQuery {
  /** CSS selector of one user turn, every markup era joined with commas. */
  selector: string;
  /** Stable key of a turn (a message id); null when this element has none yet. */
  key(turn: Element): string | null;
  /**
   * True when the key is the client message id that the site's send request also carries, so page and
   * network join exactly; otherwise they are paired by time.
   */
  keyIsMessageId?: boolean;
}

/** How to find generated images and key them (never by `<img>` element: sites render duplicates). */
export interface ImageQuery {
  /** CSS selector of generated `<img>` elements, every era joined with commas. */
  selector: string;
  /** Stable key of the image (container id, message id + index); null when it has none. */
  key(img: HTMLImageElement): string | null;
  /** Images inside these never count (the user's own uploads). */
  exclude?: string;
}

/**
 * Where a site's page names the model that answered a send (ChatGPT until 2026-08). Read once per send
 * this page made, when no answer is being written any more: never per streamed token, never for
 * history.
 */
export interface AnswerQuery {
  /** Answers that name their model. */
  selector: string;
  /** Present while an answer is still being written (the stop button). */
  streaming: string;
  /** The family and mode the answer names, or null when it names none this extension knows. */
  label(answer: Element): { model: ModelFamily; mode: Mode } | null;
}

/** The rules a site's page-world bridge applies; exported by the site's module as `bridgeRules`. */
export interface BridgeRules {
  /** WebSockets that carry sends. */
  socket?: SocketSendRule[];
  /** Requests that start image jobs (or, `finished`, report them done); each job counts its images. */
  imageJobs?: ImageJobRule[];
}

/** What a site's bridge reports, which its content script must know before any report arrives. */
export interface BridgeReports {
  /** Sends over a WebSocket (`socket` rules). */
  socketSends?: boolean;
  /**
   * Image jobs: `accepted` as the site accepts them (job rules, or socket rules with `images`);
   * `finished` when a status poll reports them done (the site has a `finished` rule).
   */
  imageJobs?: 'accepted' | 'finished';
}

/**
 * One supported site: a table of its facts plus a little code. Image-generation sites have a prompt box
 * and a generate button (`composer`, `sendButton`) but no turns: they use `NO_USER_TURNS`
 * (src/sites/image-jobs.ts) and count through their bridge's `imageJobs` only.
 */
export interface SiteAdapter {
  /** Stored in every event; never change an id once shipped. */
  id: string;
  /** Shown to the user. */
  name: string;
  /** Match patterns of the pages the content script runs on; host permissions derive from them. */
  matches: string[];
  /** Editable elements where the user writes a prompt (the composer, every era). */
  composer: string;
  /** Buttons that send what the composer holds. */
  sendButton: string;
  userTurn: TurnQuery;
  /** Paths of an empty new-chat page; its first send moves the URL to the conversation's own. */
  newChatPath?: RegExp;
  generatedImage?: ImageQuery;
  network?: NetworkSendRule[];
  /**
   * What the site's page-world bridge (entrypoints/<id>-bridge.ts) reports to its content script. The
   * bridge's rules are the site module's `bridgeRules` export, not part of the adapter, so that the
   * content script does not carry them (docs/design.md#content-scripts-and-the-manifest); a registry test keeps the two in agreement.
   */
  bridge?: BridgeReports;
  /** A form post that opens its image job on a page of its own; its images count (never a prompt). */
  navigatedJob?: NavigatedJobRule;
  /**
   * webRequest URL filters (within the host permissions) of the requests that start the site's image
   * jobs. When set, a job its bridge reports accepted counts only if webRequest also saw a successful
   * POST to one of them from the same tab (docs/design.md, "Security").
   */
  jobPosts?: string[];
  /** Where the finished answer names the model that answered; needs `userTurn.keyIsMessageId`. */
  answer?: AnswerQuery;
}

/** Whether the site's jobs count when a status poll says they are done (`finished` rules). */
export function finishesByPoll(site: Pick<SiteAdapter, 'bridge'>): boolean {
  return site.bridge?.imageJobs === 'finished';
}
