import { createOutbox } from '../messaging/outbox';
import type {
  Ack,
  ClaimImageJobMessage,
  ConfirmJobPostMessage,
  ReportComposerMessage,
} from '../messaging/protocol';
import type { ReportedEvent } from '../domain/usage-event';
import type { NetworkSendMessage } from '../messaging/relay';
import { finishesByPoll } from '../domain/site';
import type { NetworkSignal, SiteAdapter } from '../domain/site';
import { imageKey, videoKey } from '../domain/event-id';
import { createSendLedger, type SendConfirmation } from './ledger';
import { PAIR_WINDOW_MS } from '../domain/pairing';
import { DEFAULT_JOB_CAPS, JOB_CAPS, TAB_EVENT_RATE } from '../domain/image-caps';
import { createRateLimit } from './rate-limit';
import type { BridgeInbox } from './bridge-channel';
import { listenToImageJobBridge } from './image-job-bridge';
import type { createFinishingJobCounter } from './finishing-jobs';
import { createImageJobCounter, type ImageJobCounterDeps } from './image-job-counter';
import type { watchNavigatedJob } from './navigated-job';
import type { listenToSocketBridge } from './socket-bridge';
import type { watchAnswerLabels } from './answer-labels';
import { DEFAULT_TIMING, startTracker, type TrackerTiming } from './tracker';

/** A socket signal counts only this soon after a real (trusted) click or key press. */
const GESTURE_WINDOW_MS = 15_000;
/** A page that shows no composer this long after loading is reported: its layout is not recognised. */
const COMPOSER_CHECK_MS = 10_000;

/** What the content script needs from the browser; injected so tests can drive it. */
export interface PagePorts {
  /** Sends a message to the background. */
  send(message: unknown): Promise<unknown>;
  /** Subscribes to network confirmations the background relays to this tab. */
  onNetworkSend(listener: (message: NetworkSendMessage) => void): () => void;
  now(): number;
  /**
   * The private channel from the site's page-world bridge (bridge-channel.ts). Without it nothing a
   * bridge would report is counted.
   */
  bridge?: BridgeInbox;
}

/**
 * Watchers only some sites need. Their entrypoint passes them in, so the other sites' pages do not
 * carry their code (budget per page: docs/performance.md#content-script-size).
 */
export interface PageExtras {
  /** Required when the site has a `navigatedJob` rule (Bing Image Creator). */
  watchNavigatedJob?: typeof watchNavigatedJob;
  /** Required when the site sends over a WebSocket (`bridge.socketSends`: Copilot). */
  listenToSocketBridge?: typeof listenToSocketBridge;
  /** Required when the site's jobs finish by a status poll (`finished` rules: Ideogram, Leonardo). */
  createFinishingJobCounter?: typeof createFinishingJobCounter;
  /** Required when the site's answers name their model (`answer`: ChatGPT). */
  watchAnswerLabels?: typeof watchAnswerLabels;
}

/**
 * Content-script body: tracks this page of `site`, joins page and network confirmations of each send
 * into one event (see ledger.ts) and delivers events to the background.
 */
export function runOnPage(
  site: SiteAdapter,
  win: Window,
  ports: PagePorts,
  timing: TrackerTiming = DEFAULT_TIMING,
  extras: PageExtras = {},
): () => void {
  if (site.navigatedJob && !extras.watchNavigatedJob) {
    throw new Error(`${site.id}: its entrypoint must pass watchNavigatedJob`);
  }
  if (site.bridge?.socketSends && !extras.listenToSocketBridge) {
    throw new Error(`${site.id}: its entrypoint must pass listenToSocketBridge`);
  }
  if (site.answer && !extras.watchAnswerLabels) {
    throw new Error(`${site.id}: its entrypoint must pass watchAnswerLabels`);
  }
  const finishingJobs = finishesByPoll(site) ? extras.createFinishingJobCounter : undefined;
  if (finishesByPoll(site) && !finishingJobs) {
    throw new Error(`${site.id}: its entrypoint must pass createFinishingJobCounter`);
  }
  const doc = win.document;
  const deliver = createOutbox(ports.send);
  const ledger = createSendLedger({
    now: ports.now,
    pairWindowMs: PAIR_WINDOW_MS,
    pageNonce: crypto.randomUUID(),
  });

  const rate = createRateLimit(TAB_EVENT_RATE, ports.now);
  // The key goes to the background, which alone holds the secret that turns it into an event id.
  const report = (key: string, event: Omit<ReportedEvent, 'key' | 'site' | 'at'>): void => {
    // A flood this page provokes (replayed jobs, images added under a turn) is not a flood of writes.
    if (!rate.take()) return;
    deliver({ key, site: site.id, at: ports.now(), ...event });
  };
  // The model that answered wins over the one asked for: reported again under the send's own key,
  // which only relabels the stored event (a known key never adds one).
  const answers =
    site.answer && extras.watchAnswerLabels
      ? extras.watchAnswerLabels(site.answer, site.userTurn, doc, (key, label) =>
          report(key, {
            kind: 'prompt',
            trigger: 'send',
            source: 'dom',
            ...label,
            labelFrom: 'answer',
          }),
        )
      : undefined;
  const confirm = (confirmation: SendConfirmation): void => {
    const key = ledger.confirm(confirmation);
    const { model, mode } = confirmation;
    report(key, {
      kind: 'prompt',
      trigger: confirmation.trigger,
      source: confirmation.source,
      ...(model && mode && ({ model, mode, labelFrom: 'request' } as Partial<ReportedEvent>)),
    });
    if (answers && confirmation.source === 'dom' && confirmation.messageKey) {
      answers.expect(confirmation.messageKey, key);
    }
  };
  // A socket send names its mode but no model (Copilot): the family stays unknown.
  const fromNetwork = (signal: NetworkSignal): void =>
    confirm({ source: 'net', ...signal, ...(signal.mode && { model: 'unknown' }) });

  const stopTracker = startTracker(
    site,
    doc,
    (signal) => {
      if (signal.kind === 'image') {
        report(imageKey(signal.imageKey), { kind: 'image', trigger: 'image', source: 'dom' });
      } else if (site.userTurn.keyIsMessageId) {
        confirm({ source: 'dom', trigger: 'send', messageKey: signal.messageKey });
      } else {
        confirm({ source: 'dom', trigger: 'send', localKey: signal.messageKey });
      }
    },
    timing,
  );
  const stopRelay = ports.onNetworkSend((message) => confirm({ source: 'net', ...message }));

  // The page itself could post bridge messages; each counts only against a real user gesture.
  // Two uses of one gesture: a socket send's signal, and one request's image jobs (a socket send
  // opens both); each is used up by its first taker.
  let lastGestureAt = -Infinity;
  let jobGestureAt = -Infinity;
  const onGesture = (event: Event): void => {
    if (event.isTrusted) lastGestureAt = jobGestureAt = ports.now();
  };
  doc.addEventListener('keydown', onGesture, true);
  doc.addEventListener('click', onGesture, true);
  const composerCheck = setTimeout(() => {
    const check: ReportComposerMessage = {
      type: 'report-composer',
      site: site.id,
      found: doc.querySelector(site.composer) !== null,
    };
    void ports.send(check).catch(() => {});
  }, COMPOSER_CHECK_MS);
  const socketBridge = site.bridge?.socketSends ? extras.listenToSocketBridge : undefined;
  const stopBridge =
    socketBridge && ports.bridge
      ? socketBridge(ports.bridge, (signal) => {
          if (ports.now() - lastGestureAt > GESTURE_WINDOW_MS) return;
          lastGestureAt = -Infinity;
          fromNetwork(signal);
        })
      : () => {};

  // Image jobs: a request (or a socket send) that starts within the gesture window may start several
  // jobs (one gesture, one generate); see image-job-counter and finishing-jobs for when they count.
  const counting: ImageJobCounterDeps = {
    takeGesture: () => {
      const recent = ports.now() - jobGestureAt <= GESTURE_WINDOW_MS;
      jobGestureAt = -Infinity;
      return recent;
    },
    caps: JOB_CAPS[site.id] ?? DEFAULT_JOB_CAPS,
    countImage: (key) => report(imageKey(key), { kind: 'image', trigger: 'image', source: 'net' }),
    countVideo: (key, durationSec) =>
      report(videoKey(key), {
        kind: 'video',
        trigger: 'video',
        source: 'net',
        ...(durationSec === undefined ? {} : { durationSec }),
      }),
    ...(site.jobPosts && {
      confirmJobPost: async () => {
        const ask: ConfirmJobPostMessage = { type: 'confirm-job-post', site: site.id };
        const ack = (await ports.send(ask).catch(() => null)) as Ack | null;
        return ack?.ok === true && ack.granted === true;
      },
    }),
  };
  const stopImageJobs =
    site.bridge?.imageJobs && ports.bridge
      ? listenToImageJobBridge(
          ports.bridge,
          finishingJobs
            ? finishingJobs(site.id, ports.send, counting)
            : createImageJobCounter(counting),
        )
      : () => {};

  // Bing-style jobs: a result page counts its images once the background says this tab made the job.
  const stopNavigatedJob =
    site.navigatedJob && extras.watchNavigatedJob
      ? extras.watchNavigatedJob(site.navigatedJob, win, {
          claim: async (jobKey) => {
            const claim: ClaimImageJobMessage = { type: 'claim-image-job', site: site.id, jobKey };
            const ack = (await ports.send(claim).catch(() => null)) as Ack | null;
            return ack?.ok === true && ack.granted === true;
          },
          countImage: (key) =>
            report(imageKey(key), { kind: 'image', trigger: 'image', source: 'dom' }),
        })
      : () => {};

  return () => {
    answers?.stop();
    stopNavigatedJob();
    stopImageJobs();
    clearTimeout(composerCheck);
    stopTracker();
    stopRelay();
    stopBridge();
    doc.removeEventListener('keydown', onGesture, true);
    doc.removeEventListener('click', onGesture, true);
  };
}
