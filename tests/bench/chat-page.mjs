// A long ChatGPT conversation for the benchmark: 200 turns in the markup the ChatGPT adapter
// recognises (article turns with [data-message-id], docs/sites.md#chatgpt), the ChatGPT test double for sending,
// and a page script that streams an answer token by token the way chat sites do.
import { reply, siteResponse } from '../e2e/support/routes.mjs';
import chatgpt from '../sites/chatgpt/chatgpt.flow.mjs';

export const TURNS = 200;
export const CONVERSATION_URL = chatgpt.conversationUrl;
const STREAM_SCRIPT = '/__bench/stream.js';

const uuid = (n) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const words = (n, seed) =>
  Array.from({ length: n }, (_, i) => `word${(seed * 7 + i) % 97}`).join(' ');

function turn(n) {
  if (n % 2 === 0) {
    return `<article data-turn="user" data-testid="conversation-turn-${n}"><div data-message-author-role="user" data-message-id="${uuid(n)}"><div class="whitespace-pre-wrap">${words(12, n)}</div></div></article>`;
  }
  return `<article data-turn="assistant" data-testid="conversation-turn-${n}"><div data-message-author-role="assistant" data-message-id="${uuid(n)}"><div class="markdown prose"><p>${words(40, n)}</p><ul><li>${words(8, n + 1)}</li><li>${words(8, n + 2)}</li></ul><p>${words(30, n + 3)}</p><pre><code>const x${n} = ${n};</code></pre></div></div></article>`;
}

// Runs in the page (the "site"): streams `tokens` tokens into the last answer, one per `everyMs`. Each
// token is a new text node; every 10th re-renders the paragraph (as markdown renderers do) and every
// 50th starts a new one.
function installStreamer() {
  window.__benchStream = (tokens, everyMs) =>
    new Promise((resolve) => {
      const answers = document.querySelectorAll('[data-message-author-role="assistant"]');
      const answer = answers[answers.length - 1];
      const body = answer.querySelector('.markdown') ?? answer;
      let paragraph = body.appendChild(document.createElement('p'));
      let sent = 0;
      const next = () => {
        paragraph.append(document.createTextNode(` tok${sent}`));
        sent++;
        if (sent % 10 === 0) {
          const again = document.createElement('p');
          again.innerHTML = paragraph.innerHTML;
          paragraph.replaceWith(again);
          paragraph = again;
        }
        if (sent % 50 === 0) paragraph = body.appendChild(document.createElement('p'));
        if (sent < tokens) setTimeout(next, everyMs);
        else resolve(sent);
      };
      next();
    });
}

/** The whole conversation page, loading the ChatGPT test double and the streamer. */
export function conversationPage() {
  const turns = Array.from({ length: TURNS }, (_, n) => turn(n)).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>ChatGPT</title></head><body><main><div class="thread">${turns}</div></main>
<script>window.__simConfig = {};</script><script src="/__e2e/sim.js"></script><script src="${STREAM_SCRIPT}"></script></body></html>`;
}

/** Serves chatgpt.com in `context`: the long conversation, the streamer, then the usual e2e stubs. */
export async function routeLongConversation(context) {
  const page = conversationPage();
  await context.route('https://chatgpt.com/**', (route) => {
    const request = route.request();
    const { pathname } = new URL(request.url());
    if (pathname === STREAM_SCRIPT) {
      return route.fulfill(reply(200, 'text/javascript', `(${installStreamer})();`));
    }
    if (request.isNavigationRequest()) return route.fulfill(reply(200, 'text/html', page));
    return route.fulfill(siteResponse(chatgpt, request.url(), request.method()));
  });
}
