// Test double of www.perplexity.ai (docs/sites.md#perplexity) on top of sim-core.js: the Lexical #ask-input of the
// 2026-02-27 capture with its submit button (disabled while empty); each query is a block with the
// query in a `group/query` heading's span.select-text and the answer in div#markdown-content-<n>; every
// query and rewrite POSTs /rest/sse/perplexity_ask. The home page / becomes /search/<slug>.
(() => {
  // The capture's query blocks share one parent; mark it so the double can append blocks to it.
  const queries = document.querySelectorAll('[class*="group/query"] span.select-text');
  let thread = queries[queries.length - 1];
  while (thread && queries[0] && !thread.contains(queries[0])) thread = thread.parentElement;
  thread?.setAttribute('data-e2e-thread', '');
  let answers = document.querySelectorAll('[id^="markdown-content-"]').length;
  const submit = () =>
    document.querySelector('[data-ask-input-container] button[aria-label="Submit"]');

  installSiteDouble({
    composer: SITE_FLOW.composer,
    composerMarkup:
      '<div data-ask-input-container="true"><div contenteditable="true" id="ask-input" role="textbox" data-lexical-editor="true"></div>' +
      '<div><button disabled aria-label="Submit" type="button"></button></div></div>',
    sendButton: SITE_FLOW.sendButton,
    onTyped(hasText) {
      submit().disabled = !hasText;
    },
    turns: '[data-e2e-thread] > div',
    turnParent: '[data-e2e-thread]',
    userTurn: (_id, text) =>
      '<div class="mt-md md:mt-lg"><div><div class="group/query relative whitespace-pre-line break-words">' +
      `<div><span class="min-w-0 font-sans text-base select-text break-words">${text}</span></div></div></div></div>`,
    request: (action, _id, text) => ({
      url: '/rest/sse/perplexity_ask',
      body: JSON.stringify({
        params: {
          attachments: [],
          language: 'en-US',
          timezone: 'UTC',
          sources: ['web'],
          mode: 'concise',
          query_source: action === 'send' ? 'followup' : 'retry',
          is_related_query: false,
          version: '2.18',
        },
        query_str: text,
      }),
    }),
    newChat: /^\/$/,
    conversationPath: (id) => `/search/a-new-thread-${id.slice(0, 8)}`,
    answer({ turn }) {
      turn.insertAdjacentHTML(
        'beforeend',
        `<div dir="auto" id="markdown-content-${answers++}"><div class="prose"><div data-renderer="lm"><p>Answer.</p></div></div></div>`,
      );
    },
  });
})();
