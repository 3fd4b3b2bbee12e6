// Shared body of the site test doubles served into captured pages by the e2e tests. A site's double
// (flows/<site>.sim.js) calls installSiteDouble with that site's markup and request shapes; this core
// does what every chat site does: typing enables the send button; Enter or a click sends; the user
// turn appears at once; the request goes out; the answer renders when it succeeds; a new chat's URL
// moves to the conversation's own; the regenerate control asks again.
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
