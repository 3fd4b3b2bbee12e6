// Test double of huggingface.co/chat (docs/sites.md#huggingchat; chat-ui @ c100c162) on top of sim-core.js: the
// ChatInput textarea and the form's submit button (name="submit", disabled while the draft is empty);
// messages div[data-message-id][data-message-type="user"] / [data-message-role="assistant"]. A prompt
// POSTs /chat/conversation/<id> as multipart/form-data with the field `data` = {inputs, id (the parent),
// is_retry:false}; regenerate sends is_retry:true without inputs. A new chat on /chat/ first creates the
// conversation (POST /chat/conversation, not a prompt), then moves to /chat/conversation/<id>.
(() => {
  const BOUNDARY = '----aifpE2EFormBoundary7MA4YWxkTrZu0gW';
  const multipart = (fields) =>
    Object.entries(fields)
      .map(
        ([name, value]) =>
          `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      )
      .join('') + `--${BOUNDARY}--\r\n`;
  const lastMessageId = (selector) => {
    const all = document.querySelectorAll(selector);
    return all[all.length - 1]?.getAttribute('data-message-id') ?? undefined;
  };
  let newConversationId;
  const conversationId = () => {
    const match = /^\/chat\/conversation\/([^/]+)/.exec(location.pathname);
    if (match) return match[1];
    // /chat/: chat-ui creates the conversation first (createConversation in routes/+page.svelte).
    newConversationId ??= crypto.randomUUID().replace(/-/g, '').slice(0, 24);
    void fetch('/chat/conversation', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'meta-llama/Llama-3.3-70B-Instruct', preprompt: '' }),
    });
    return newConversationId;
  };
  // The prompt form is a real <form>: keep a click on its submit button from reloading the page.
  document.addEventListener('submit', (event) => event.preventDefault());

  installSiteDouble({
    composer: SITE_FLOW.composer,
    composerMarkup:
      '<form tabindex="-1" class="relative flex w-full max-w-4xl flex-1 items-center rounded-xl border"><div class="flex w-full flex-1">' +
      '<textarea rows="1" tabindex="0" inputmode="text" placeholder="Ask anything"></textarea>' +
      '<button class="btn" disabled type="submit" aria-label="Send message" name="submit"><svg></svg></button></div></form>',
    sendButton: SITE_FLOW.sendButton,
    onTyped(hasText) {
      document.querySelector(SITE_FLOW.sendButton).disabled = !hasText;
    },
    turns: '[data-message-id]',
    turnParent: '.flex.h-max.flex-col',
    userTurn: (id, text) =>
      `<div class="group relative w-full items-start justify-start gap-4" data-message-id="${id}" data-message-type="user" role="presentation">` +
      `<div class="flex w-full flex-col gap-2"><div class="flex w-full flex-row flex-nowrap"><p class="disabled w-full">${text}</p></div></div></div>`,
    request(action, _id, text) {
      const parent = lastMessageId('[data-message-id]');
      const assistant = lastMessageId('[data-message-role="assistant"]');
      const data =
        action === 'send'
          ? { inputs: text, id: parent, is_retry: false, is_continue: false }
          : { id: assistant, is_retry: true, is_continue: false };
      return {
        url: `/chat/conversation/${conversationId()}`,
        contentType: `multipart/form-data; boundary=${BOUNDARY}`,
        body: multipart({
          data: JSON.stringify({
            ...data,
            generationId: crypto.randomUUID(),
            selectedMcpServerNames: [],
            selectedMcpServers: [],
            timezone: 'Europe/Amsterdam',
          }),
        }),
      };
    },
    newChat: /^\/chat\/?$/,
    conversationPath: () => `/chat/conversation/${newConversationId}`,
    answer({ id, place }) {
      place(
        `<div class="group relative -mb-4 flex w-fit max-w-full items-start justify-start gap-4 pb-4" data-message-id="a-${id}" data-message-role="assistant" role="presentation">` +
          '<div class="relative flex min-w-[60px] flex-col gap-2 rounded-2xl border px-5 py-3.5"><div><div class="prose"><p>Answer.</p></div></div></div></div>',
      );
    },
  });
})();
