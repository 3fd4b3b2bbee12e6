// Test double of grok.com (docs/sites.md#grok) on top of sim-core.js: a ProseMirror composer in `.query-bar` with
// the form's submit button; message rows div#response-<id> (.items-end user, .items-start Grok); prompts
// POST to /rest/app-chat/conversations/new (new chat) or /conversations/<id>/responses, regenerate with
// isRegenRequest:true.
(() => {
  const conversationId = () => /^\/c\/([^/]+)/.exec(location.pathname)?.[1];
  const lastReplyId = () => {
    const replies = document.querySelectorAll('div[id^="response-"].items-start');
    return replies[replies.length - 1]?.id.slice('response-'.length);
  };
  // The prompt form is a real <form>: keep a click on its submit button from reloading the page.
  document.addEventListener('submit', (event) => event.preventDefault());

  installSiteDouble({
    composer: SITE_FLOW.composer,
    composerMarkup:
      '<form class="w-full"><div class="query-bar relative"><div class="tiptap ProseMirror" contenteditable="true"><p><br></p></div>' +
      '<button type="submit" aria-label="Submit" disabled></button></div></form>',
    sendButton: SITE_FLOW.sendButton,
    onTyped(hasText) {
      document.querySelector(SITE_FLOW.sendButton).disabled = !hasText;
    },
    turns: 'div[id^="response-"]',
    userTurn: (id, text) =>
      `<div id="response-${id}" class="relative group flex flex-col justify-center w-full max-w-3xl items-end">` +
      `<div class="message-bubble relative rounded-3xl"><div class="relative response-content-markdown markdown"><p dir="auto" class="break-words">${text}</p></div></div>` +
      '<div class="action-buttons flex"><button type="button" aria-label="Edit"></button></div></div>',
    request: (action, _id, text) => {
      const id = conversationId();
      return {
        url: id
          ? `/rest/app-chat/conversations/${id}/responses`
          : '/rest/app-chat/conversations/new',
        body: JSON.stringify({
          message: action === 'send' ? text : '',
          parentResponseId: lastReplyId(),
          modelName: 'grok-4',
          ...(id ? {} : { temporary: false }),
          disableSearch: false,
          enableImageGeneration: true,
          imageAttachments: [],
          fileAttachments: [],
          enableImageStreaming: true,
          imageGenerationCount: 2,
          isReasoning: false,
          isRegenRequest: action !== 'send',
        }),
      };
    },
    newChat: /^\/$/,
    conversationPath: () => `/c/${crypto.randomUUID()}`,
    answer({ id, place }) {
      place(
        `<div id="response-a-${id}" class="relative group flex flex-col justify-center w-full max-w-3xl items-start">` +
          '<div class="message-bubble relative w-full"><div class="relative response-content-markdown markdown"><p dir="auto" class="break-words">Answer.</p></div></div>' +
          '<div class="action-buttons flex"><button type="button" aria-label="Regenerate"></button></div></div>',
      );
    },
  });
})();
