import type { ImageQuery } from '../domain/site';

/** Smallest natural size of a real generated image; placeholders, icons and spinners are smaller. */
const MIN_IMAGE_PX = 64;

/**
 * The key of a generated image that may count, or null: blur and crossfade copies (`aria-hidden`),
 * images inside the query's `exclude` (uploads, history panes) and images without a key never do.
 */
export function generatedImageKey(img: HTMLImageElement, query: ImageQuery): string | null {
  if (img.getAttribute('aria-hidden') === 'true') return null;
  if (query.exclude && img.closest(query.exclude)) return null;
  return query.key(img);
}

/** Whether the image really loaded at the size of a picture (not a placeholder or a broken link). */
export function hasLoadedPicture(img: HTMLImageElement): boolean {
  return img.complete && img.naturalWidth > MIN_IMAGE_PX;
}

/** Images matching `selector` among `roots` and inside them (roots no longer in the page are skipped). */
export function imagesIn(roots: Iterable<Element>, selector: string): Set<HTMLImageElement> {
  const images = new Set<HTMLImageElement>();
  for (const root of roots) {
    if (!root.isConnected) continue;
    if (root.matches(selector)) images.add(root as HTMLImageElement);
    for (const img of Array.from(root.querySelectorAll<HTMLImageElement>(selector)))
      images.add(img);
  }
  return images;
}

/**
 * `anchor` and every element after it in document order, as the roots of subtrees: the anchor, then
 * each of its ancestors' later siblings. Below the last send's turn this is the answer and what
 * follows it, not the conversation before it.
 */
export function fromOnward(anchor: Element): Element[] {
  const roots: Element[] = [anchor];
  for (let node: Element | null = anchor; node; node = node.parentElement) {
    for (let next = node.nextElementSibling; next; next = next.nextElementSibling) roots.push(next);
  }
  return roots;
}
