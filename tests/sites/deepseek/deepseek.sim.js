// Test double of chat.deepseek.com (docs/sites.md#deepseek) on top of sim-core.js: textarea#chat-input and the one
// round div[role=button] (aria-disabled while empty); rows of a virtual list with signed keys, the user
// row -N and its answer +N, every message a .ds-message (answers hold .ds-markdown). Every generation is
// preceded by POST /api/v0/chat/create_pow_challenge and a new chat (/) by POST
// /api/v0/chat_session/create (neither is a prompt); a prompt POSTs /api/v0/chat/completion
// {chat_session_id, parent_message_id, prompt}, regenerate /api/v0/chat/regenerate. The new chat moves
// to /a/chat/s/<id>.
(() => {
  const NEW_SESSION = '66666666-7777-4888-9999-000000000000';
  const sessionOf = () => /^\/a\/chat\/s\/([^/]+)/.exec(location.pathname)?.[1];
  const post = (path, body) =>
    void fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const highestRow = () =>
    Math.max(
      0,
      ...Array.from(document.querySelectorAll('[data-virtual-list-item-key]'), (row) =>
        Math.abs(Number(row.getAttribute('data-virtual-list-item-key'))),
      ),
    );
  let pendingRow = 0;

  installSiteDouble({
    composer: SITE_FLOW.composer,
    composerMarkup:
      '<div><textarea id="chat-input" class="ds-scroll-area" rows="2"></textarea>' +
      '<div role="button" aria-disabled="true" aria-label="" tabindex="0" class="ds-button ds-button--primary ds-button--filled ds-button--circle ds-button--m ds-button--disabled"><svg></svg></div></div>',
    sendButton: SITE_FLOW.sendButton,
    onTyped(hasText) {
      const button = document.querySelector(SITE_FLOW.sendButton);
      button.setAttribute('aria-disabled', String(!hasText));
      button.classList.toggle('ds-button--disabled', !hasText);
    },
    turns: '[data-virtual-list-item-key]',
    turnParent: '.ds-virtual-list-visible-items',
    userTurn(_id, text) {
      pendingRow = highestRow() + 2;
      return (
        `<div class="_9663006" data-virtual-list-item-key="-${pendingRow}"><div class="d29f3d7d ds-message _63c77b1">` +
        `<div class="fbb737a4"><div class="ds-collapsible-text">${text}</div></div></div></div>`
      );
    },
    request(action, _id, text) {
      let session = sessionOf();
      if (!session) {
        session = NEW_SESSION;
        post('/api/v0/chat_session/create', { character_id: null });
      }
      const path = action === 'send' ? '/api/v0/chat/completion' : '/api/v0/chat/regenerate';
      post('/api/v0/chat/create_pow_challenge', { target_path: path });
      const last = highestRow();
      return {
        url: path,
        body: JSON.stringify(
          action === 'send'
            ? {
                chat_session_id: session,
                parent_message_id: last > 2 ? last - 2 : null,
                prompt: text,
                ref_file_ids: [],
                thinking_enabled: false,
                search_enabled: false,
                client_stream_id: `20261005-${crypto.randomUUID().slice(0, 16)}`,
              }
            : {
                chat_session_id: session,
                message_id: last,
                thinking_enabled: false,
                search_enabled: false,
              },
        ),
      };
    },
    newChat: /^\/$/,
    conversationPath: () => `/a/chat/s/${NEW_SESSION}`,
    answer({ place }) {
      place(
        `<div class="_4f9bf79 _43c05b5" data-virtual-list-item-key="${pendingRow || highestRow()}"><div class="ds-message _63c77b1">` +
          '<div class="ds-markdown ds-assistant-message-main-content"><p class="ds-markdown-paragraph">Answer.</p></div></div></div>',
      );
    },
  });
})();
