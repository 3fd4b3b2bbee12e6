// Renders assets/icon.svg to the PNG icons in public/icon (`npm run store:icons`), with the same
// Chromium the tests use. The 128 px icon is 96 px artwork inside 16 px of transparent padding, as
// the Chrome Web Store asks; the smaller ones fill their square (toolbar and extension lists).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithoutExtension } from '../e2e/support/chromium.mjs';
import { ROOT } from '../e2e/support/paths.mjs';

/** Size of each icon and the transparent padding on each side of its artwork, in px. */
const ICONS = [
  { size: 16, padding: 0 },
  { size: 32, padding: 0 },
  { size: 48, padding: 0 },
  { size: 96, padding: 0 },
  { size: 128, padding: 16 },
];

const svg = readFileSync(join(ROOT, 'assets/icon.svg')).toString('base64');
const browser = await launchWithoutExtension();
try {
  const page = await browser.newPage();
  for (const { size, padding } of ICONS) {
    const art = size - 2 * padding;
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<body style="margin:0;background:transparent"><img src="data:image/svg+xml;base64,${svg}"
        width="${art}" height="${art}" style="display:block;margin:${padding}px"></body>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    const path = join(ROOT, 'public/icon', `${size}.png`);
    await page.screenshot({ path, omitBackground: true });
    console.log(`${path}: ${art} px artwork, ${padding} px padding`);
  }
} finally {
  await browser.close();
}
