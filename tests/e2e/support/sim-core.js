// Shared body of the site test doubles served into captured pages by the e2e tests. A site's double
// (tests/sites/<site>/<site>.sim.js) calls installSiteDouble with that site's markup and request shapes; this core
// does what every chat site does: typing enables the send button; Enter or a click sends; the user
// turn appears at once; the request goes out; the answer renders when it succeeds; a new chat's URL
// moves to the conversation's own; the regenerate control asks again.
/**
 * A request the double sends, as `fetch` (or XHR) takes it.
 * @typedef {{ url: string, body?: string, method?: string, contentType?: string }} SimRequest
 */

/**
 * What a chat site's double (tests/sites/<site>/<site>.sim.js) tells installSiteDouble.
 * @typedef {object} ChatSiteDouble
 * @property {string} composer Selector of the prompt box (usually `SITE_FLOW.composer`).
 * @property {string} composerMarkup HTML that adds the composer when the fixture has none.
 * @property {string} sendButton Selector of the send button (usually `SITE_FLOW.sendButton`).
 * @property {(hasText: boolean) => void} [onTyped] Called on each input (e.g. enables the button).
 * @property {string} turns Selector of every turn on the page.
 * @property {string} [turnParent] Where the first turn goes when there is none (default `main`).
 * @property {string} [root] Where the double adds its controls (default `main`).
 * @property {(id: string, text: string) => string} userTurn The markup of a new user turn.
 * @property {(action: 'send' | 'regenerate', id: string, text: string, config: object) => SimRequest} request
 *   The send request of this action (`config` is the page's `window.__simConfig`).
 * @property {RegExp} [newChat] Paths of an empty new chat; its first send moves to `conversationPath`.
 * @property {(id: string) => string} [conversationPath] The new conversation's path.
 * @property {(answer: { turn: Element, id: string, text: string, place: (markup: string) => Element }) => Promise<void> | void} answer
 *   Renders the answer after a successful request.
 */

/** Installs a chat site's double. @param {ChatSiteDouble} site */
window.installSiteDouble = (site) => {
  const config = Object.assign({ turns: 'page' }, window.__simConfig);
  const main = document.querySelector(site.root ?? 'main') ?? document.body;
  if (!document.querySelector(site.composer))
    main.insertAdjacentHTML('beforeend', site.composerMarkup);
  const composer = document.querySelector(site.composer);
  const textOf = () => ('value' in composer ? composer.value : composer.textContent).trim();
  const clear = () => {
    if ('value' in composer) composer.value = '';
    else composer.textContent = '';
    composer.dispatchEvent(new Event('input', { bubbles: true }));
  };
  composer.addEventListener('input', () => site.onTyped?.(textOf() !== ''));
  main.insertAdjacentHTML(
    'beforeend',
    '<button type="button" data-e2e="regenerate">Regenerate</button>',
  );

  const turns = () => document.querySelectorAll(site.turns);
  const place = (markup) => {
    const all = turns();
    const anchor = all[all.length - 1];
    if (anchor) anchor.insertAdjacentHTML('afterend', markup);
    else
      (document.querySelector(site.turnParent ?? 'main') ?? main).insertAdjacentHTML(
        'afterbegin',
        markup,
      );
    const placed = turns();
    return placed[placed.length - 1];
  };

  let answers = 0;
  const send = async (action) => {
    const text = textOf();
    if (action === 'send' && !text) return;
    const id = crypto.randomUUID();
    const turn =
      action !== 'send'
        ? turns()[turns().length - 1]
        : place(
            config.turns === 'unknown-markup'
              ? `<div class="future-turn"><p>${text}</p></div>`
              : site.userTurn(id, text),
          );
    clear();
    const request = site.request(action, id, text, config);
    const response = await fetch(request.url, {
      method: 'POST',
      headers: { 'content-type': request.contentType ?? 'application/json' },
      body: request.body,
    });
    await response.text();
    if (!response.ok) return;
    if (site.newChat && site.newChat.test(location.pathname))
      history.pushState({}, '', site.conversationPath(id));
    await site.answer({ turn, id, text, place });
    // Lets a test wait, as a person would, for the answer before the next send.
    document.documentElement.dataset.e2eAnswers = String(++answers);
  };

  composer.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      void send('send');
    }
  });
  document.addEventListener('click', (event) => {
    if (event.target.closest(site.sendButton)) void send('send');
    if (event.target.closest('[data-e2e="regenerate"]')) void send('regenerate');
  });
};

// Shared body of the image-site doubles (tests/sites/<site>/<site>.sim.js with `kind: 'image'` flows): the prompt box
// and generate control (a button, or Enter when `site.generate` is null); each generate sends the site's
// request and, when it succeeds, renders the job's images into the results area. A `[data-e2e=upscale]`
// control asks for an upscale when the site has one. `window.__e2eGenerate()` lets the test make the
// same request from a page script, without any user gesture. A site that learns of completion by
// polling (`site.poll(jobId)`, the job id read by `site.jobId(response)`) polls the new job once after
// it is accepted, and polls an old library job at load (that one must never count). With
// `window.__e2eHoldPolls` set, an accepted job is not polled but kept as running (sessionStorage, as
// the real apps list a running generation again after a reload) and polled a second after the next load.
/**
 * What an image site's double tells installImageSiteDouble.
 * @typedef {object} ImageSiteDouble
 * @property {string} composer Selector of the prompt box (usually `SITE_FLOW.composer`).
 * @property {string | null} generate Selector of the generate control; null: Enter generates.
 * @property {string} [root] Where the double adds its controls (default `main`).
 * @property {boolean} [upscale] Whether the site has an upscale control.
 * @property {boolean} [xhr] Send requests with XMLHttpRequest instead of fetch.
 * @property {(kind: 'generate' | 'upscale', prompt: string) => SimRequest} request The job request.
 * @property {(jobId: string) => SimRequest} [poll] The status poll of a job, for sites that poll.
 * @property {(response: any) => string} [jobId] The job id an accepted response (parsed JSON) carries.
 * @property {(response: any, kind: string) => number} rendered Renders the job's images; their count.
 */

/** Installs an image site's double. @param {ImageSiteDouble} site */
window.installImageSiteDouble = (site) => {
  const main = document.querySelector(site.root ?? 'main') ?? document.body;
  const composer = document.querySelector(site.composer);
  const textOf = () => ('value' in composer ? composer.value : composer.textContent).trim();
  main.insertAdjacentHTML('afterbegin', '<section data-e2e="results"></section>');
  if (site.upscale)
    main.insertAdjacentHTML('beforeend', '<button type="button" data-e2e="upscale">U1</button>');
  const exchange = (request) =>
    site.xhr
      ? new Promise((resolve) => {
          const xhr = new XMLHttpRequest();
          xhr.open(request.method ?? 'POST', request.url);
          xhr.setRequestHeader('content-type', 'application/json');
          xhr.onloadend = () =>
            resolve({ ok: xhr.status >= 200 && xhr.status < 300, text: xhr.responseText });
          xhr.send(request.body);
        })
      : fetch(request.url, {
          method: request.method ?? 'POST',
          headers: { 'content-type': 'application/json' },
          body: request.body,
        }).then(async (r) => ({ ok: r.ok, text: await r.text() }));
  const generate = async (kind) => {
    const result = await exchange(site.request(kind, textOf()));
    if (!result.ok) return;
    const response = JSON.parse(result.text);
    if (site.poll && window.__e2eHoldPolls) {
      const running = JSON.parse(sessionStorage.getItem('e2eRunningJobs') ?? '[]');
      sessionStorage.setItem('e2eRunningJobs', JSON.stringify([...running, site.jobId(response)]));
      return;
    }
    if (site.poll) await exchange(site.poll(site.jobId(response)));
    const count = site.rendered(response, kind);
    const results = document.querySelector('[data-e2e="results"]');
    for (let i = 0; i < count; i++)
      results.insertAdjacentHTML(
        'beforeend',
        `<img alt="" width="256" height="256" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">`,
      );
  };
  window.__e2eGenerate = () => generate('generate');
  if (site.poll) void exchange(site.poll('old-library-job'));
  const running = JSON.parse(sessionStorage.getItem('e2eRunningJobs') ?? '[]');
  sessionStorage.removeItem('e2eRunningJobs');
  if (site.poll && running.length > 0)
    setTimeout(() => running.forEach((jobId) => void exchange(site.poll(jobId))), 1000);
  composer.addEventListener('keydown', (event) => {
    if (!site.generate && event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      void generate('generate');
    }
  });
  document.addEventListener('click', (event) => {
    if (site.generate && event.target.closest(site.generate)) void generate('generate');
    if (event.target.closest('[data-e2e="upscale"]')) void generate('upscale');
  });
};
