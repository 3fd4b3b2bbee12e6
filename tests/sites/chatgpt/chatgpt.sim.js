// Test double of chatgpt.com (docs/sites.md#chatgpt) on top of sim-core.js. Turns follow the captured page's era:
// article turns with [data-message-id] (≤ 2026-08) or div[data-turn-key] (2026-09); "draw …" answers
// with one generated image (three <img> of one src in 2026-09-22 markup; a blob: preview in 2026-09).
// The model picked is `window.__simModel` (default `auto`); an article-era answer names the model that
// answered in `data-message-model-slug` (`auto` is answered by `gpt-5-2`, as in the capture) and is
// written under the stop button for a moment, as the live page streams it.
(() => {
  const era2026 = document.querySelector('[data-turn-key]') !== null;
  const imageUrl = (id) => `/backend-api/estuary/content?id=file_${id}&p=fs`;
  const model = () => window.__simModel ?? 'auto';

  installSiteDouble({
    composer: SITE_FLOW.composer,
    composerMarkup:
      '<form data-type="unified-composer"><div id="prompt-textarea" class="ProseMirror" contenteditable="true"></div>' +
      '<button id="composer-submit-button" type="button" aria-label="Start Voice"></button></form>',
    sendButton: SITE_FLOW.sendButton,
    onTyped(hasText) {
      const button = document.querySelector(
        '#composer-submit-button, button[aria-label="Start Voice"]',
      );
      button.id = 'composer-submit-button';
      button.toggleAttribute('data-testid', hasText);
      if (hasText) button.setAttribute('data-testid', 'send-button');
    },
    turns: '[data-turn-key], article[data-turn], section[data-turn]',
    userTurn: (id, text) =>
      era2026
        ? `<div data-turn-key="${id}"><div data-chatgpt-search-message-ids="${id}"><div data-user-message-bubble="true"><div class="whitespace-pre-wrap">${text}</div></div></div></div>`
        : `<article data-turn="user" data-testid="conversation-turn-x"><div data-message-author-role="user" data-message-id="${id}"><div class="whitespace-pre-wrap">${text}</div></div></article>`,
    request: (action, id, _text, config) => ({
      url: config.endpoint ?? '/backend-api/f/conversation',
      body: JSON.stringify({
        action: action === 'send' ? 'next' : 'variant',
        messages: action === 'send' ? [{ id, author: { role: 'user' } }] : [],
        model: model(),
      }),
    }),
    newChat: /^\/$/,
    conversationPath: () => `/c/${crypto.randomUUID()}`,
    async answer({ turn, id, text, place }) {
      const draws = text.startsWith('draw');
      if (era2026) {
        const src = draws ? URL.createObjectURL(await (await fetch(imageUrl(id))).blob()) : '';
        const body = draws
          ? `<div data-testid="generated-image-gallery"><button data-testid="generated-image-preview"><img alt="Generated image 1" src="${src}"></button></div>`
          : '<div data-markdown-text-style="assistant-message"><p>Answer.</p></div>';
        turn.insertAdjacentHTML(
          'beforeend',
          `<div data-chatgpt-search-message-ids="a-${id} a-${id}"><h4 class="sr-only" data-conversation-role="assistant">ChatGPT said:</h4>${body}</div>`,
        );
      } else if (draws) {
        const img = (extra) => `<img ${extra} src="${imageUrl(id)}">`;
        place(
          `<section data-turn="assistant" data-turn-id="request-WEB:${id}-0"><div class="group/imagegen-image" id="image-${id}">${img('alt="Generated image: apple"')}${img('alt="" aria-hidden="true"')}${img('alt="" aria-hidden="true"')}</div></section>`,
        );
      } else {
        const slug = model() === 'auto' ? 'gpt-5-2' : model();
        const stop = document.createElement('button');
        stop.dataset.testid = 'stop-button';
        document.querySelector('#composer-submit-button').after(stop);
        const answer = place(
          `<article data-turn="assistant"><div data-message-author-role="assistant" data-message-id="a-${id}" data-message-model-slug="${slug}"><div class="markdown prose"><p>Answer</p></div></div></article>`,
        );
        for (const word of [' in', ' a', ' few', ' words.']) {
          await new Promise((resolve) => setTimeout(resolve, 100));
          answer.querySelector('p').append(word);
        }
        stop.remove();
      }
    },
  });
})();
