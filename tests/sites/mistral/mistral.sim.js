// Test double of chat.mistral.ai (docs/sites.md#le-chat-mistral) on top of sim-core.js: a ProseMirror composer in a form
// with a submit button; messages [data-message-author-role][data-message-id]. A follow-up POSTs
// /api/chat {mode:"append", messageInput, messageId}; the first prompt of a new chat (/chat) stores it
// with tRPC message.newChat and then POSTs /api/chat {mode:"start"} (one prompt); regenerate is
// {mode:"retry"}. The new chat moves to /chat/<chatId>.
(() => {
  const NEW_CHAT_ID = '9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
  const chatIdOf = () => /^\/chat\/([^/]+)/.exec(location.pathname)?.[1];
  // The body's other fields (api-chat-request-fields-model.json, passed on by mistral.flow.mjs).
  const common = SITE_FLOW.data.requestFields;
  // The prompt form is a real <form>: keep a click on its submit button from reloading the page.
  document.addEventListener('submit', (event) => event.preventDefault());

  installSiteDouble({
    composer: SITE_FLOW.composer,
    composerMarkup:
      '<form data-model="composer"><div class="ProseMirror" contenteditable="true" role="textbox" translate="no"><p><br></p></div>' +
      '<button type="submit" aria-label="Send message" disabled><svg></svg></button></form>',
    sendButton: SITE_FLOW.sendButton,
    onTyped(hasText) {
      document.querySelector(SITE_FLOW.sendButton).disabled = !hasText;
    },
    turns: '[data-message-author-role]',
    turnParent: 'main > div',
    userTurn: (id, text) =>
      `<div class="group/message group" data-message-author-role="user" data-message-id="${id}"><div class="flex w-full flex-col">` +
      `<div class="ms-auto flex w-fit max-w-full min-w-0 flex-col rounded-3xl px-4 py-2"><div dir="auto"><div class="select-text"><span class="whitespace-pre-wrap">${text}</span></div></div></div></div></div>`,
    request(action, id, text) {
      const chatId = chatIdOf();
      if (action !== 'send') {
        return { url: '/api/chat', body: JSON.stringify({ ...common, chatId, mode: 'retry' }) };
      }
      if (chatId) {
        return {
          url: '/api/chat',
          body: JSON.stringify({
            ...common,
            chatId,
            mode: 'append',
            messageInput: [{ type: 'text', text }],
            messageId: id,
          }),
        };
      }
      // A new chat: message.newChat stores the prompt (not awaited here; the real page awaits it).
      void fetch('/api/trpc/message.newChat?batch=1', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          0: {
            json: {
              content: [{ type: 'text', text }],
              files: [],
              features: [],
              productType: 'chat',
              chatId: null,
              parentId: null,
            },
          },
        }),
      });
      return {
        url: '/api/chat',
        body: JSON.stringify({ ...common, chatId: NEW_CHAT_ID, mode: 'start' }),
      };
    },
    newChat: /^\/chat\/?$/,
    conversationPath: () => `/chat/${NEW_CHAT_ID}`,
    answer({ id, place }) {
      place(
        `<div class="group/message group" data-message-author-role="assistant" data-message-id="a-${id}"><div class="flex w-full flex-col">` +
          '<div class="me-auto flex w-full min-w-0 flex-col gap-2"><div data-message-part-type="answer"><div class="markdown-container-style select-text"><p>Answer.</p></div></div></div></div></div>',
      );
    },
  });
})();
