import type { SiteAdapter } from '../domain/site';

/** One exchange: `.conversation-container#<16-hex>`, the id being the response id (docs/sites.md#gemini). */
const CONTAINER = '.conversation-container';
const RESPONSE_ID = /^[0-9a-f]{16}$/;

/** The exchange's response id; null until the container carries one (the answer has not started). */
function responseId(el: Element): string | null {
  const id = el.closest(CONTAINER)?.id ?? '';
  return RESPONSE_ID.test(id) ? id : null;
}

/**
 * A generated image: `<response id>#<index of its generated-image in that response>` (images-NOTES.txt),
 * never the `<img>` itself, whose blob: src is swapped for an lh3 one.
 */
function generatedImageKey(img: HTMLImageElement): string | null {
  const id = responseId(img);
  const own = img.closest('generated-image');
  const response = img.closest(CONTAINER);
  if (!id || !own || !response) return null;
  return `${id}#${Array.from(response.querySelectorAll('generated-image')).indexOf(own)}`;
}

/**
 * gemini.google.com, see docs/sites.md#gemini, tests/sites/gemini/SOURCE.txt and images-NOTES.txt.
 * Custom elements (`user-query`, `model-response`, `generated-image`) and the container id are the
 * hooks; Angular `_ngcontent` attributes and the (localized: the capture is Japanese) labels are not.
 * The response id comes from the server's stream, which webRequest cannot read, so page and network
 * pair by time.
 */
export const gemini: SiteAdapter = {
  id: 'gemini',
  name: 'Gemini',
  matches: ['https://gemini.google.com/*'],
  // Quill editor in `rich-textarea` (not its hidden `.ql-clipboard`, also contenteditable).
  composer: 'rich-textarea .ql-editor[contenteditable="true"]',
  // `button.send-button` turns into the stop button while an answer streams; the container then has
  // the class `stop` (docs/sites.md#gemini), and a click there is no send.
  sendButton:
    '.send-button-container:not(.stop) button.send-button, [data-test-id="send-button-container"]:not(.stop) button',
  userTurn: { selector: `${CONTAINER} user-query`, key: responseId, keyIsMessageId: false },
  // `/app` and a Gem's start page `/gem/<gem>` (each also under `/u/<n>/`) become `…/<16-hex>`.
  newChatPath: /^(\/u\/\d+)?(\/app|\/gem\/[^/]+)?\/?$/,
  generatedImage: {
    selector: 'model-response generated-image img',
    key: generatedImageKey,
    exclude: 'user-query',
  },
  network: [
    {
      urls: [
        'https://gemini.google.com/_/BardChatUi/data/*',
        'https://gemini.google.com/u/*/_/BardChatUi/data/*',
      ],
      path: /^(\/u\/\d+)?\/_\/BardChatUi\/data\/assistant\.lamda\.BardFrontendService\/StreamGenerate$/,
      // Every StreamGenerate POST asks for an answer. Its `f.req` is positional JSON and no source in
      // tests/sites/gemini/SOURCE.txt says which slot marks a regenerate, so a regenerate counts as a send.
      classify: () => ({ trigger: 'send' }),
    },
  ],
};
