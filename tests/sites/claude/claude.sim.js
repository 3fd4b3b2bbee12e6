// Test double of claude.ai (docs/sites.md#claude) on top of sim-core.js: the tiptap composer of the 2026-02-27
// capture, whose send button appears once text is typed; turns are div[data-test-render-count] with the
// user's [data-testid="user-message"]; a prompt POSTs …/chat_conversations/<uuid>/completion, regenerate
// …/retry_completion. /new becomes /chat/<uuid> after the first prompt.
(() => {
  const org = '4f6a1c2e-8b3d-4e5f-9a0b-1c2d3e4f5a6b';
  const chat = /^\/chat\/([^/]+)/.exec(location.pathname)?.[1] ?? crypto.randomUUID();
  const slot = () =>
    document.querySelector('fieldset:not([inert]) .shrink-0 .flex.items-center.gap-1') ??
    document.querySelector('fieldset:not([inert])');

  installSiteDouble({
    composer: SITE_FLOW.composer,
    composerMarkup:
      '<div data-testid="chat-input-grid-area"><fieldset><div contenteditable="true" role="textbox" data-testid="chat-input" class="tiptap ProseMirror"><p><br></p></div>' +
      '<div class="shrink-0"><div class="flex items-center gap-1"></div></div></fieldset></div>',
    sendButton: SITE_FLOW.sendButton,
    onTyped(hasText) {
      const send = document.querySelector(SITE_FLOW.sendButton);
      if (hasText && !send)
        slot().insertAdjacentHTML(
          'beforeend',
          '<button type="button" aria-label="Send message" class="h-8 w-8 rounded-md"></button>',
        );
      if (!hasText) send?.remove();
    },
    turns: '[data-test-render-count]',
    userTurn: (_id, text) =>
      `<div data-test-render-count="2"><div class="mb-1 mt-6 group"><div data-testid="user-message" class="font-large !font-user-message grid grid-cols-1 gap-2 py-0.5 relative">` +
      `<p class="whitespace-pre-wrap break-words">${text}</p></div></div></div>`,
    request: (action, _id, text) => ({
      url: `/api/organizations/${org}/chat_conversations/${chat}/${action === 'send' ? 'completion' : 'retry_completion'}`,
      body: JSON.stringify(
        action === 'send'
          ? {
              prompt: text,
              parent_message_uuid: crypto.randomUUID(),
              timezone: 'UTC',
              locale: 'en-US',
              attachments: [],
              files: [],
              rendering_mode: 'messages',
            }
          : {
              parent_message_uuid: crypto.randomUUID(),
              timezone: 'UTC',
              locale: 'en-US',
              rendering_mode: 'messages',
            },
      ),
    }),
    newChat: /^\/new$/,
    conversationPath: () => `/chat/${chat}`,
    answer({ place }) {
      place(
        '<div data-test-render-count="2"><div><div data-is-streaming="false" class="group relative pb-3"><div class="font-claude-response relative">' +
          '<div class="standard-markdown"><p class="font-claude-response-body">Answer.</p></div></div></div></div></div>',
      );
    },
  });
})();
