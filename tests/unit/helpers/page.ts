import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteAdapter } from '../../../src/domain/site';
import { startTracker, type PageSignal } from '../../../src/detect/tracker';

const FIXTURES = join(__dirname, '../../sites');

/** Captured and model pages of a site (every `*.html` in its fixture folder). */
export function fixtureFiles(site: string): string[] {
  return readdirSync(join(FIXTURES, site)).filter((f) => f.endsWith('.html'));
}

/** Puts a fixture's markup into the test document. */
export function loadFixture(site: string, file: string): void {
  document.body.innerHTML = readFileSync(join(FIXTURES, site, file), 'utf8');
}

/** Lets mutation observers and the tracker's throttled scan run. */
export const settle = (ms = 20): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts a tracker with short timings and records what it reports. */
export function track(site: SiteAdapter, now: () => number = () => Date.now()) {
  const signals: PageSignal[] = [];
  const stop = startTracker(site, document, (s) => signals.push(s), {
    now,
    trustedEventsOnly: false, // happy-dom cannot make trusted events
    intentWindowMs: 15_000,
    imageWindowMs: 600_000,
    scanThrottleMs: 1,
  });
  return { signals, stop };
}

/** Makes an `<img>` look decoded at `width`×`height` (happy-dom loads no images). */
export function markLoaded(img: HTMLImageElement, width = 1024, height = 1024): void {
  Object.defineProperty(img, 'complete', { configurable: true, value: true });
  Object.defineProperty(img, 'naturalWidth', { configurable: true, value: width });
  Object.defineProperty(img, 'naturalHeight', { configurable: true, value: height });
}

/** Presses Enter in an element the way a person does (keydown bubbles from the focused editable). */
export function pressEnter(target: Element): void {
  target.dispatchEvent(
    new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }),
  );
}

/** Parses markup into a single element. */
export function html(markup: string): Element {
  const template = document.createElement('template');
  template.innerHTML = markup.trim();
  return template.content.firstElementChild!;
}
