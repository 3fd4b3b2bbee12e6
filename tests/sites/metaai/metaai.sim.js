// Test double of www.meta.ai (docs/sites.md#meta-ai, SOURCE.txt; the page is a model) on top of sim-core.js: a Lexical
// composer with a Send [role=button] that is aria-disabled while empty; messages are [role=article], an
// answer shows a busy marker while it streams and Copy/Like/Dislike controls once done. Prompts POST
// /api/graphql {doc_id, variables:{content, userMessageId, mode, promptEditType, rewriteOptions, …}};
// regenerate sends rewriteOptions. New chat / moves to /prompt/<uuid>.
(() => {
  const conversationId = crypto.randomUUID();
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
    turns: '[role="article"]',
    turnParent: '[role="feed"]',
    userTurn: (_id, text) =>
      `<div role="article" aria-label="Your message"><div class="user-bubble"><span dir="auto">${text}</span></div></div>`,
    request: (action, id, text) => ({
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
    }),
    newChat: /^\/$/,
    conversationPath: () => `/prompt/${conversationId}`,
    async answer({ place }) {
      const answer = place(
        '<div role="article" aria-label="Meta AI response"><div aria-busy="true"><p dir="auto">…</p></div></div>',
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      answer.innerHTML =
        '<div class="assistant-body"><p dir="auto">Answer.</p></div><div role="toolbar">' +
        '<div role="button" tabindex="0" aria-label="Copy response"></div>' +
        '<div role="button" tabindex="0" aria-label="Like response"></div>' +
        '<div role="button" tabindex="0" aria-label="Dislike response"></div></div>';
    },
  });
})();
