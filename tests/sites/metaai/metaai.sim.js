// Test double of www.meta.ai (docs/sites.md#meta-ai, SOURCE.txt; the page is a model) on top of sim-core.js: a Lexical
// composer with a Send [role=button] that is aria-disabled while empty; messages are [role=article], an
// answer shows a busy marker while it streams and Copy/Like/Dislike controls once done. Prompts POST
// /api/graphql {doc_id, variables:{content, userMessageId, mode, promptEditType, rewriteOptions, …}};
// regenerate sends rewriteOptions. New chat / moves to /prompt/<uuid>.
//
// With `__simConfig.transport === 'socket'` (the 2026-05 capture's era, SOURCE.txt) prompts go over the
// gateway socket instead: binary 0x0d frames whose JSON body carries a base64 protobuf (synthetic,
// built by dgw-frames.ts), after a 0x0f intro; new turns are 2026-05 message items.
(() => {
  const conversationId = crypto.randomUUID();
  const socketEra = window.__simConfig?.transport === 'socket';
  /** A prompt protobuf (dgw-frames.ts promptPayload, text "A prompt made up for the test double."). */
  const PAYLOAD =
    'CjsKIEtBREFCUkFfX0NIQVRfX1VOSUZJRURfSU5QVVRfQkFSOgtIVU1BTl9BR0VOVHIKdXNlcl9pbnB1dDIkMWE5ZjlmOTEtYmMzNS00ZWQ1LTg1ODItNTQ0MGExMDY4N2JhEoMBClUKJDEzYjkzZGZhLTVkODQtNDUwNy1hNWIwLTEwNDAyNzQxMWNjNBItCiQ2ZjJkMWMzYi0wYTllLTRkOGMtYjdhNi01ZjRlM2QyYzFiMGEQgNjBoow0EiVBIHByb21wdCBtYWRlIHVwIGZvciB0aGUgdGVzdCBkb3VibGUuIgMKATI=';
  const frame = (type, head, json) => {
    const body = [...head, ...new TextEncoder().encode(JSON.stringify(json))];
    const n = body.length;
    return new Uint8Array([type, 0, 0, n & 0xff, (n >> 8) & 0xff, n >> 16, ...body]).buffer;
  };
  let sequence = 0;
  const socket = socketEra
    ? new WebSocket(
        `wss://gateway.meta.ai/ws/clippy?x-dgw-version=5&Authorization=ecto1:made-up&x-dgw-app-clippy-request-id=${crypto.randomUUID()}`,
      )
    : null;
  const opened = new Promise((resolve) => {
    for (const type of ['open', 'error', 'close']) socket?.addEventListener(type, resolve);
  });
  const sendOnSocket = () =>
    opened.then(() => {
      socket.send(
        frame(0x0f, [], {
          'x-dgw-app-x-ecto-conversation-id': conversationId,
          'x-dgw-app-client-payload-type': 'PROTO_INSIDE_JSON',
        }),
      );
      socket.send(
        frame(0x0d, [++sequence, 0x80], { 'req-id': crypto.randomUUID(), payload: PAYLOAD }),
      );
    });
  const uniqueId = () => String(BigInt(Date.now()) * 4194304n + BigInt(sequence));
  const sendButton = '[data-lexical-editor="true"] ~ [role="button"][aria-disabled]';
  const ICON =
    '<svg width="20" height="20" viewBox="0 0 20 20"><path d="M2 10 18 2 12 18z"></path></svg>';

  installSiteDouble({
    composer: SITE_FLOW.composer,
    composerMarkup:
      '<form><div contenteditable="true" role="textbox" data-lexical-editor="true"><p><br></p></div>' +
      `<div role="button" tabindex="0" aria-label="Send" aria-disabled="true">${ICON}</div></form>`,
    sendButton,
    onTyped(hasText) {
      const button = document.querySelector(sendButton);
      if (!button.firstElementChild) button.innerHTML = ICON; // the model page leaves out the icon
      button.setAttribute('aria-disabled', String(!hasText));
    },
    turns: '[data-message-item], [role="article"]',
    turnParent: '[role="feed"]',
    userTurn: (_id, text) =>
      socketEra
        ? `<div data-message-item="true" data-message-id="${conversationId}_${uniqueId()}_user">` +
          `<div data-message-type="user" class="group/user-message"><div>${text}</div></div></div>`
        : `<div role="article" aria-label="Your message"><div class="user-bubble"><span dir="auto">${text}</span></div></div>`,
    request: (action, id, text) => {
      if (!socketEra) return graphqlRequest(action, id, text);
      if (action === 'send') void sendOnSocket();
      return { url: 'data:application/json,{}', body: '' };
    },
    newChat: /^\/$/,
    conversationPath: () => `/prompt/${conversationId}`,
    async answer({ place }) {
      if (socketEra) {
        place(
          `<div data-message-item="true" data-message-id="${conversationId}_${uniqueId()}_assistant">` +
            '<div data-testid="assistant-message" data-streaming-state="DONE"><p>Answer.</p></div></div>',
        );
        return;
      }
      await answerArticle(place);
    },
  });

  function graphqlRequest(action, id, text) {
    return {
      url: '/api/graphql',
      body: JSON.stringify({
        doc_id: '2f707e4a9c1b3d5e7f9a1b3c5d7e9f0a',
        variables: {
          conversationId,
          isNewConversation: location.pathname === '/',
          content: text,
          userMessageId: id,
          assistantMessageId: crypto.randomUUID(),
          turnId: crypto.randomUUID(),
          mode: 'create',
          promptEditType: 'new_message',
          currentBranchPath: '0',
          rewriteOptions: action === 'send' ? null : { rewriteType: 'REGENERATE' },
          imagineOperationRequest: null,
          entryPoint: 'KADABRA__CHAT__UNIFIED_INPUT_BAR',
          attachmentsV2: [],
        },
      }),
    };
  }

  async function answerArticle(place) {
    const answer = place(
      '<div role="article" aria-label="Meta AI response"><div aria-busy="true"><p dir="auto">…</p></div></div>',
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    answer.innerHTML =
      '<div class="assistant-body"><p dir="auto">Answer.</p></div><div role="toolbar">' +
      '<div role="button" tabindex="0" aria-label="Copy response"></div>' +
      '<div role="button" tabindex="0" aria-label="Like response"></div>' +
      '<div role="button" tabindex="0" aria-label="Dislike response"></div></div>';
  }
})();
