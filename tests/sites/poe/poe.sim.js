// Test double of poe.com (docs/sites.md#poe) on top of sim-core.js: the GrowingTextArea composer and the
// [data-button-send] button; one ChatMessagesView_messagePair per exchange holding the human row, then
// the bot row; rows carry no id. Prompts POST /api/gql_POST {queryName:"sendMessageMutation"}, regenerate
// {queryName:"regenerateMessageMutation"}. A bot's page /<BotName> moves to /chat/<chatCode>.
(() => {
  const HASH = { hash: '5f9c1a8e0b7d4c3f2a1e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a' };
  const row = (inner) =>
    '<div class="ChatMessage_chatMessage__m9n0p"><div class="ChatMessage_messageRow__q1r2s" data-complete="true">' +
    `<div class="ChatMessage_messageWrapper__t3u4v">${inner}</div></div></div>`;

  installSiteDouble({
    root: 'main',
    composer: SITE_FLOW.composer,
    composerMarkup:
      '<div class="ChatMessageInputContainer_inputContainer__u1v2w"><textarea class="GrowingTextArea_textArea__a5b6c" rows="1"></textarea>' +
      '<button type="button" class="ChatMessageSendButton_sendButton__d7e8f" data-button-send="true" disabled></button></div>',
    sendButton: SITE_FLOW.sendButton,
    onTyped(hasText) {
      document.querySelector(SITE_FLOW.sendButton).disabled = !hasText;
    },
    turns: '[class*="ChatMessagesView_messagePair"]',
    turnParent: '[class*="ChatMessagesView_infiniteScroll"]',
    userTurn: (_id, text) =>
      `<div class="ChatMessagesView_messagePair__j7k8l">${row(
        `<div class="Message_row__w5x6y Message_humanRow__z7a8b"><div class="Message_humanMessageBubble__c9d0e"><div class="Markdown_markdownContainer__f1g2h"><p>${text}</p></div></div></div>`,
      )}</div>`,
    request: (action, id, text) => ({
      url: '/api/gql_POST',
      body: JSON.stringify(
        action === 'send'
          ? {
              queryName: 'sendMessageMutation',
              variables: {
                chatId: location.pathname.startsWith('/chat/') ? 812345678 : null,
                bot: 'capybara',
                query: text,
                source: { sourceType: 'chat_input', chatInputMetadata: { useVoiceRecord: false } },
                clientNonce: id.replace(/-/g, '').slice(0, 16),
                sdid: '',
                attachments: [],
                existingMessageAttachmentsIds: [],
                messagePointsDisplayPrice: 30,
                shouldFetchChat: !location.pathname.startsWith('/chat/'),
              },
              extensions: HASH,
            }
          : {
              queryName: 'regenerateMessageMutation',
              variables: { messageId: 3141592653, messagePointsDisplayPrice: 30 },
              extensions: HASH,
            },
      ),
    }),
    newChat: /^\/(?!chat\/)[^/]+$/,
    conversationPath: () => `/chat/${Math.random().toString(36).slice(2, 13)}`,
    answer({ turn }) {
      turn.insertAdjacentHTML(
        'beforeend',
        row(
          '<div class="Message_row__w5x6y"><div class="Message_botMessageBubble__i3j4k"><div class="Markdown_markdownContainer__f1g2h"><p>Answer.</p></div></div></div>',
        ) +
          '<section class="ChatMessageActionBar_actionBar__l5m6n"><button type="button"></button></section>',
      );
    },
  });
})();
