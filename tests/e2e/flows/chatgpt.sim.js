// Test double of chatgpt.com's own page script, served into the captured page by the e2e tests.
// It behaves as the site does (SITES.md §1): a send appends the user turn at once, POSTs
// /backend-api/f/conversation with the client message id, then renders the answer; a new chat
// moves to /c/<id>; regenerate POSTs action "variant"; "draw …" answers with one generated image.
(() => {
  const config = Object.assign(
    { endpoint: '/backend-api/f/conversation', turns: 'page' },
    window.__simConfig,
  );
  const era2026 = document.querySelector('[data-turn-key]') !== null;
  const main = document.querySelector('main');

  if (!document.querySelector('#prompt-textarea')) {
    main.insertAdjacentHTML(
      'beforeend',
      '<form data-type="unified-composer"><div id="prompt-textarea" class="ProseMirror" contenteditable="true"></div>' +
        '<button id="composer-submit-button" type="button" aria-label="Start Voice"></button></form>',
    );
  }
  const composer = document.querySelector('#prompt-textarea');
  const submit = () =>
    document.querySelector('#composer-submit-button, button[aria-label="Start Voice"]');
  composer.addEventListener('input', () => {
    const button = submit();
    button.id = 'composer-submit-button';
    if (composer.textContent.trim()) button.setAttribute('data-testid', 'send-button');
    else button.removeAttribute('data-testid');
  });
  main.insertAdjacentHTML(
    'beforeend',
    '<button type="button" data-testid="regenerate">Try again</button>',
  );

  const lastTurn = () => {
    const turns = document.querySelectorAll(
      '[data-turn-key], article[data-turn], section[data-turn]',
    );
    return turns[turns.length - 1];
  };
  const place = (markup) => {
    const anchor = lastTurn();
    if (anchor) anchor.insertAdjacentHTML('afterend', markup);
    else main.insertAdjacentHTML('afterbegin', markup);
    return lastTurn();
  };
  const userTurn = (id, text) =>
    config.turns === 'unknown-markup'
      ? place(`<div class="future-turn"><p>${text}</p></div>`)
      : era2026
        ? place(
            `<div data-turn-key="${id}"><div data-chatgpt-search-message-ids="${id}"><div data-user-message-bubble="true"><div class="whitespace-pre-wrap">${text}</div></div></div></div>`,
          )
        : place(
            `<article data-turn="user" data-testid="conversation-turn-x"><div data-message-author-role="user" data-message-id="${id}"><div class="whitespace-pre-wrap">${text}</div></div></article>`,
          );

  const imageSrc = async (id) => {
    if (!era2026) return `/backend-api/estuary/content?id=file_${id}&p=fs`;
    const blob = await (await fetch(`/backend-api/estuary/content?id=file_${id}&p=fs`)).blob();
    return URL.createObjectURL(blob);
  };
  const answer = async (turn, id, text) => {
    const draws = text.startsWith('draw');
    if (era2026) {
      const body = draws
        ? `<div data-testid="generated-image-gallery"><button data-testid="generated-image-preview"><img alt="Generated image 1" src="${await imageSrc(id)}"></button></div>`
        : '<div data-markdown-text-style="assistant-message"><p>Answer.</p></div>';
      turn.insertAdjacentHTML(
        'beforeend',
        `<div data-chatgpt-search-message-ids="a-${id} a-${id}"><h4 class="sr-only" data-conversation-role="assistant">ChatGPT said:</h4>${body}</div>`,
      );
    } else if (draws) {
      const src = await imageSrc(id);
      const img = (extra) => `<img ${extra} src="${src}">`;
      place(
        `<section data-turn="assistant" data-turn-id="request-WEB:${id}-0"><div class="group/imagegen-image" id="image-${id}">${img('alt="Generated image: apple"')}${img('alt="" aria-hidden="true"')}${img('alt="" aria-hidden="true"')}</div></section>`,
      );
    } else {
      place(
        `<article data-turn="assistant"><div data-message-author-role="assistant" data-message-id="a-${id}"><div class="markdown prose"><p>Answer.</p></div></div></article>`,
      );
    }
  };

  const send = async (action) => {
    const text = composer.textContent.trim();
    if (action === 'next' && !text) return;
    const id = crypto.randomUUID();
    const turn = action === 'next' ? userTurn(id, text) : lastTurn();
    composer.textContent = '';
    composer.dispatchEvent(new Event('input'));
    const response = await fetch(config.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        action,
        messages: action === 'next' ? [{ id, author: { role: 'user' } }] : [],
        model: 'auto',
      }),
    });
    await response.text();
    if (!response.ok) return;
    if (location.pathname === '/') history.pushState({}, '', `/c/${crypto.randomUUID()}`);
    await answer(turn, id, text);
  };

  composer.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      void send('next');
    }
  });
  document.addEventListener('click', (event) => {
    if (event.target.closest('[data-testid="send-button"]')) void send('next');
    if (event.target.closest('[data-testid="regenerate"]')) void send('variant');
  });
})();
