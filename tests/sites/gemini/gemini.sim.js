// Test double of gemini.google.com (docs/sites.md#gemini) on top of sim-core.js: the Quill composer of the
// 2026-02-27 capture with its send button (container class `disabled` while empty); each exchange is a
// .conversation-container holding user-query and model-response, which gets its 16-hex response id when
// the answer arrives; every prompt and regenerate POSTs StreamGenerate (form f.req + at). /app becomes
// /app/<16-hex> after the first prompt. A "draw …" prompt is answered with two generated images
// (images-NOTES.txt markup, src on lh3.googleusercontent.com).
(() => {
  const hex = (id) => id.replace(/-/g, '').slice(0, 16);
  let conversation = /^\/app\/([0-9a-f]+)/.exec(location.pathname)?.[1] ?? '';

  installSiteDouble({
    root: 'chat-window',
    composer: SITE_FLOW.composer,
    composerMarkup:
      '<input-area-v2><rich-textarea><div class="ql-editor textarea" contenteditable="true" role="textbox"><p><br></p></div></rich-textarea>' +
      '<div class="send-button-container disabled"><button class="send-button submit"></button></div></input-area-v2>',
    sendButton: SITE_FLOW.sendButton,
    onTyped(hasText) {
      document.querySelector('.send-button-container').classList.toggle('disabled', !hasText);
      document.querySelector(SITE_FLOW.sendButton).setAttribute('aria-disabled', String(!hasText));
    },
    turns: '.conversation-container',
    turnParent: 'infinite-scroller',
    userTurn: (_id, text) =>
      '<div class="conversation-container message-actions-hover-boundary"><user-query><span class="user-query-container"><user-query-content class="user-query-container">' +
      `<div class="user-query-container"><div class="query-content"><span class="user-query-bubble-with-background"><span class="horizontal-container"><div role="heading" aria-level="2" class="query-text gds-body-l" dir="ltr"><p class="query-text-line">${text}</p></div></span></span></div></div>` +
      '</user-query-content></span></user-query></div>',
    request: (action, id, text) => ({
      url: `/_/BardChatUi/data/assistant.lamda.BardFrontendService/StreamGenerate?bl=boq_assistant-bard-web-server_20260224.08_p0&_reqid=${Math.floor(Math.random() * 1e6)}&rt=c`,
      contentType: 'application/x-www-form-urlencoded;charset=UTF-8',
      body: new URLSearchParams({
        'f.req': JSON.stringify([
          null,
          JSON.stringify([
            [text || '', 0, null, [], null, null, 0],
            ['ja'],
            [conversation ? `c_${conversation}` : '', '', ''],
          ]),
        ]),
        at: 'AJvLN6M3x:1790000000000',
      }).toString(),
    }),
    newChat: /^\/app$/,
    conversationPath: (id) => {
      conversation = hex(id);
      return `/app/${conversation}`;
    },
    answer({ turn, id, text }) {
      // A regenerate adds a draft to the same response; only a new exchange gets a response id.
      if (!turn.id) turn.id = hex(id);
      turn.querySelector('model-response')?.remove();
      const image = (index) =>
        '<response-element><generated-image><single-image><div class="image-container"><button class="image-button">' +
        `<img class="image animate loaded" alt=", AI generated" src="https://lh3.googleusercontent.com/gg/${turn.id}-${index}=s1024-rj">` +
        '</button></div></single-image></generated-image></response-element>';
      const images = text.startsWith('draw')
        ? `<div class="attachment-container generated-images">${image(0)}${image(1)}</div>`
        : '';
      turn.insertAdjacentHTML(
        'beforeend',
        `<model-response><div class="response-container"><message-content id="message-content-id-r_${turn.id}"><div class="markdown markdown-main-panel" aria-busy="false"><p>Answer.</p>${images}</div></message-content></div></model-response>`,
      );
    },
  });
})();
