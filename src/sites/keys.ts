/** Shared ways to read a stable key out of a site's markup. */

/** The value of `name` on `el`, or null when absent or blank. */
export function attributeKey(el: Element, name: string): string | null {
  const value = el.getAttribute(name)?.trim();
  return value ? value : null;
}

/** The id of the nearest ancestor matching `container` (e.g. `div#image-<uuid>`). */
export function containerKey(el: Element, container: string): string | null {
  const found = el.closest(container);
  return found?.id ? found.id : null;
}

/**
 * `<first id in the owner's attribute>#<index of the item among the owner's items>`, for galleries whose
 * items have no id of their own.
 */
export function galleryIndexKey(el: Element, ownerAttribute: string, item: string): string | null {
  const owner = el.closest(`[${ownerAttribute}]`);
  const own = el.closest(item);
  if (!owner || !own) return null;
  const ownerId = owner.getAttribute(ownerAttribute)?.trim().split(/\s+/)[0];
  if (!ownerId) return null;
  return `${ownerId}#${Array.from(owner.querySelectorAll(item)).indexOf(own)}`;
}

/** The first element of a request body's `messages` array, if it has an id. */
export function firstMessage(body: unknown): { id: string } | undefined {
  const messages = (body as { messages?: unknown } | null)?.messages;
  const first: unknown = Array.isArray(messages) ? messages[0] : undefined;
  const id = (first as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' && id.length > 0 ? { id } : undefined;
}

/** Each element's position key, fixed the first time it is read. */
const firstPositionKeys = new WeakMap<Element, string>();

/**
 * For sites whose turns carry no id: the conversation path plus the turn's position among the mounted
 * turns matching `selector`, fixed the first time the element is seen, so older turns mounted above
 * it later cannot make it look new. A new turn's position is past every one already seen. Only a new
 * last turn after a send intent counts; edits keep their position and are counted by the network.
 */
export function positionKey(turn: Element, selector: string): string {
  let key = firstPositionKeys.get(turn);
  if (key === undefined) {
    const turns = Array.from(turn.ownerDocument.querySelectorAll(selector));
    key = `${turn.ownerDocument.location?.pathname ?? ''}#${turns.indexOf(turn)}`;
    firstPositionKeys.set(turn, key);
  }
  return key;
}

/** The id carried in an attribute with a fixed prefix or suffix (`response-<id>`, `<id>-user-message`). */
export function affixedKey(
  el: Element,
  attribute: string,
  affix: { prefix?: string; suffix?: string },
): string | null {
  const value = attributeKey(el, attribute);
  if (!value) return null;
  const { prefix = '', suffix = '' } = affix;
  if (!value.startsWith(prefix) || !value.endsWith(suffix)) return null;
  return value.slice(prefix.length, value.length - suffix.length) || null;
}
