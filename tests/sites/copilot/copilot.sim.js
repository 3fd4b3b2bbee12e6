// Test double of copilot.microsoft.com (docs/sites.md#microsoft-copilot) on top of sim-core.js: textarea#userInput and a submit
// button that exists only while the box holds text; user turns [role=article][id$="-user-message"] holding
// [data-content=user-message]. Prompts go over the chat WebSocket as {"event":"send",conversationId,
// content,mode}; no HTTP request carries a prompt, so the core's request goes to a data: URL that always
// succeeds. The regenerate frame is an unverified guess (no source shows it). The test may answer the
// socket (Playwright routeWebSocket); unanswered, the frames are still passed to WebSocket.send.
(() => {
  const nanoid = () => crypto.randomUUID().replace(/-/g, '').slice(0, 21);
  const conversationId = /^\/chats\/([^/]+)/.exec(location.pathname)?.[1] ?? nanoid();
  const socket = new WebSocket(
    `wss://copilot.microsoft.com/c/api/chat?api-version=2&clientSessionId=${crypto.randomUUID()}`,
  );
  const settled = new Promise((resolve) => {
    for (const type of ['open', 'error', 'close']) socket.addEventListener(type, resolve);
  });
  const waiting = [];
  const finish = () => waiting.splice(0).forEach((resolve) => resolve());
  socket.addEventListener('message', (event) => {
    if (JSON.parse(event.data).event === 'done') waiting.shift()?.();
  });
  socket.addEventListener('close', finish);
  const sendFrame = (frame) => settled.then(() => socket.send(JSON.stringify(frame)));
  const answerIds = () =>
    Array.from(document.querySelectorAll('[data-content="ai-message"] h2[id$="-author"]'), (h) =>
      h.id.slice(0, -7),
    );
  const BUTTON =
    '<button type="button" data-testid="submit-button" aria-label="Submit message" title="Submit message"></button>';

  installSiteDouble({
    composer: SITE_FLOW.composer,
    composerMarkup: `<form><textarea id="userInput" data-testid="composer-input" rows="1"></textarea>${BUTTON}</form>`,
    sendButton: SITE_FLOW.sendButton,
    onTyped(hasText) {
      const button = document.querySelector(SITE_FLOW.sendButton);
      if (hasText && !button)
        document.querySelector('#userInput').insertAdjacentHTML('afterend', BUTTON);
      if (!hasText) button?.remove();
    },
    turns: '[role="article"]',
    turnParent: '[data-testid="highlighted-chats"] .pb-6',
    userTurn: (id, text) =>
      `<div class="space-y-1" id="${id}-user-message" aria-labelledby="${id}-user-message" tabindex="0" role="article">` +
      '<div class="relative space-y-3"><h2 class="sr-only" data-copy="false">You said</h2>' +
      `<div class="flex w-full flex-col items-end" data-content="user-message"><div class="whitespace-pre-wrap">${text}</div></div></div></div>`,
    request(action, _id, text) {
      void sendFrame(
        action === 'send'
          ? { event: 'send', conversationId, content: [{ type: 'text', text }], mode: 'chat' }
          : { event: 'regenerate', conversationId, messageId: answerIds().pop() },
      );
      return { url: 'data:application/json,{}', body: '' };
    },
    newChat: /^\/$/,
    conversationPath: () => `/chats/${conversationId}`,
    async answer({ place }) {
      await Promise.race([
        new Promise((resolve) => waiting.push(resolve)),
        new Promise((resolve) => setTimeout(resolve, 2000)),
      ]);
      const id = nanoid();
      place(
        `<div data-content="ai-message" aria-labelledby="${id}-author ${id}-content-0" tabindex="0" role="article">` +
          `<div class="relative"><h2 id="${id}-author" class="sr-only" data-copy="false">Copilot said</h2></div>` +
          `<div class="space-y-3 mt-3"><div class="group/ai-message-item space-y-3 break-words" id="${id}-content-0"><p>Answer.</p>` +
          '<div data-copy="false" data-testid="message-item-reactions"><button type="button" data-testid="copy-message-button"></button></div></div></div></div>',
      );
    },
  });
})();
