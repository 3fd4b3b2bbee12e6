/**
 * The built-ins a page-world bridge calls, taken once when it installs (document_start, before any
 * page script), so a page that patches a prototype later cannot change what the bridge reads from a
 * real exchange. Each method is uncurried (`fn.call.bind(fn)`), so calling it looks nothing up on
 * the page's objects. What this cannot cover is listed in docs/design.md, "Security".
 */

type Uncurried<T, A extends unknown[], R> = (self: T, ...args: A) => R;

function uncurry<T, A extends unknown[], R>(fn: (this: T, ...args: A) => R): Uncurried<T, A, R> {
  const loose = fn as unknown as (...args: unknown[]) => unknown;
  return loose.call.bind(loose) as unknown as Uncurried<T, A, R>;
}

/** A prototype's accessor, uncurried; a plain property read where the prototype has none (test DOMs). */
function getter<T, R>(proto: object, name: string): (self: T) => R {
  const get = Object.getOwnPropertyDescriptor(proto, name)?.get;
  return get ? uncurry(get as (this: T) => R) : (self) => (self as Record<string, R>)[name]!;
}

/** Takes the built-ins of `win` as they are now. */
export function takeBuiltins(win: Window & typeof globalThis) {
  const XHR = win.XMLHttpRequest.prototype;
  return {
    parseJson: win.JSON.parse.bind(win.JSON) as (text: string) => unknown,
    stringifyJson: win.JSON.stringify.bind(win.JSON) as (value: unknown) => string,
    randomId: win.crypto.randomUUID.bind(win.crypto) as () => string,
    then: uncurry(win.Promise.prototype.then) as <T>(
      promise: Promise<T>,
      onOk: (value: T) => void,
      onError: (error: unknown) => void,
    ) => void,
    promiseAll: win.Promise.all.bind(win.Promise) as typeof Promise.all,
    resolve: win.Promise.resolve.bind(win.Promise) as <T>(value: T) => Promise<T>,
    cloneResponse: uncurry(win.Response.prototype.clone),
    responseText: uncurry(win.Response.prototype.text),
    responseStatus: getter<Response, number>(win.Response.prototype, 'status'),
    cloneRequest: uncurry(win.Request.prototype.clone),
    requestText: uncurry(win.Request.prototype.text),
    requestUrl: getter<Request, string>(win.Request.prototype, 'url'),
    requestMethod: getter<Request, string>(win.Request.prototype, 'method'),
    isRequest: (value: unknown): value is Request => value instanceof win.Request,
    xhrStatus: getter<XMLHttpRequest, number>(XHR, 'status'),
    xhrResponseType: getter<XMLHttpRequest, string>(XHR, 'responseType'),
    xhrResponseText: getter<XMLHttpRequest, string>(XHR, 'responseText'),
    xhrResponse: getter<XMLHttpRequest, unknown>(XHR, 'response'),
    addListener: uncurry(win.EventTarget.prototype.addEventListener) as (
      target: EventTarget,
      type: string,
      listener: (event: Event) => void,
    ) => void,
    socketSend: uncurry(win.WebSocket.prototype.send) as (socket: WebSocket, data: unknown) => void,
    socketUrl: getter<WebSocket, string>(win.WebSocket.prototype, 'url'),
    blobBytes: uncurry(win.Blob.prototype.arrayBuffer),
    isView: win.ArrayBuffer.isView.bind(win.ArrayBuffer) as (
      value: unknown,
    ) => value is ArrayBufferView,
    viewBuffer: getter<ArrayBufferView, ArrayBufferLike>(
      Object.getPrototypeOf(win.Uint8Array.prototype) as object,
      'buffer',
    ),
    viewOffset: getter<ArrayBufferView, number>(
      Object.getPrototypeOf(win.Uint8Array.prototype) as object,
      'byteOffset',
    ),
    viewLength: getter<ArrayBufferView, number>(
      Object.getPrototypeOf(win.Uint8Array.prototype) as object,
      'byteLength',
    ),
    messageData: getter<MessageEvent, unknown>(win.MessageEvent.prototype, 'data'),
    upperCase: uncurry(win.String.prototype.toUpperCase),
    URL: win.URL,
    urlHref: getter<URL, string>(win.URL.prototype, 'href'),
    regexExec: uncurry(win.RegExp.prototype.exec),
  };
}

/** The bridge's own built-ins (see takeBuiltins). */
export type PageBuiltins = ReturnType<typeof takeBuiltins>;
