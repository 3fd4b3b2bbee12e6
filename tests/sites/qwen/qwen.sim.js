// Test double of chat.qwen.ai (docs/sites.md#qwen-chat) on top of sim-core.js: textarea.message-input-textarea and
// .message-input-right-button-send > button.send-button (disabled while empty); messages
// div#qwen-chat-message-user-<uuid> / #qwen-chat-message-assistant-<uuid>. A prompt POSTs
// /api/v2/chat/completions?chat_id=<id> with messages[{fid, role:"user", user_action:"chat", …}]; a new
// chat (/) first creates the chat (POST /api/v2/chats/new, not a prompt) and moves to /c/<id>.
// Regenerate: no source shows its request; this double sends user_action "regenerate" (a guess).
(() => {
  const NEW_CHAT_ID = '0f1e2d3c-4b5a-4968-8776-5a4b3c2d1e0f';
  const chatIdOf = () => /^\/c\/([^/]+)/.exec(location.pathname)?.[1];
  const lastAnswerId = () => {
    const all = document.querySelectorAll('.qwen-chat-message-assistant');
    return all[all.length - 1]?.id.slice('qwen-chat-message-assistant-'.length) ?? null;
  };

  installSiteDouble({
    composer: SITE_FLOW.composer,
    composerMarkup:
      '<div class="message-input-container"><textarea class="message-input-textarea" rows="1"></textarea>' +
      '<div class="message-input-right-button-send"><button class="send-button disabled " disabled><svg></svg></button></div></div>',
    sendButton: SITE_FLOW.sendButton,
    onTyped(hasText) {
      const button = document.querySelector(SITE_FLOW.sendButton);
      button.disabled = !hasText;
      button.classList.toggle('disabled', !hasText);
    },
    turns: '.qwen-chat-message',
    turnParent: '#chat-message-container',
    userTurn: (id, text) =>
      `<div id="qwen-chat-message-user-${id}" class="qwen-chat-message qwen-chat-message-user"><div class="chat-user-message-container">` +
      `<div class="chat-user-message"><div class="user-message-content">${text}</div></div></div></div>`,
    request(action, id, text) {
      let chatId = chatIdOf();
      if (!chatId) {
        chatId = NEW_CHAT_ID;
        void fetch('/api/v2/chats/new', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            title: 'New Chat',
            models: ['qwen3-max'],
            chat_mode: 'normal',
            chat_type: 't2t',
            timestamp: Date.now(),
            project_id: '',
          }),
        });
      }
      const parent = lastAnswerId();
      return {
        url: `/api/v2/chat/completions?chat_id=${chatId}`,
        body: JSON.stringify({
          stream: true,
          incremental_output: true,
          version: '2.1',
          chat_id: chatId,
          chat_mode: 'normal',
          model: 'qwen3-max',
          parent_id: parent,
          messages: [
            {
              fid: id,
              parentId: parent,
              childrenIds: [],
              role: 'user',
              content: action === 'send' ? text : '',
              user_action: action === 'send' ? 'chat' : 'regenerate',
              files: [],
              timestamp: Math.floor(Date.now() / 1000),
              models: ['qwen3-max'],
              chat_type: 't2t',
              feature_config: { thinking_enabled: false, output_schema: 'phase' },
              sub_chat_type: 't2t',
            },
          ],
          timestamp: Math.floor(Date.now() / 1000),
        }),
      };
    },
    newChat: /^\/$/,
    conversationPath: () => `/c/${NEW_CHAT_ID}`,
    answer({ id, place }) {
      place(
        `<div id="qwen-chat-message-assistant-${id}" class="qwen-chat-message qwen-chat-message-assistant"><div id="chat-response-message-${id}" class="chat-response-message">` +
          '<div class="chat-response-message-right"><div class="response-message-content t2t phase-answer"><div class="custom-qwen-markdown"><div class="qwen-markdown">Answer.</div></div></div></div></div></div>',
      );
    },
  });
})();
