import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { projectRoot } from '../config/paths.js';

// The store's icons (issue 18 M1): drawn once as SVG, rasterised by Chromium into public/icons/
// (committed; run again after changing the mark): `npx tsx server/scripts/make-icons.ts`.
// "maskable" keeps the letter inside the central 80 % a launcher may crop to a circle.

const ACCENT = '#1f6f6b';
const mark = (size: number, maskable: boolean) => {
  const radius = maskable ? 0 : size * 0.1875;
  const font = maskable ? size * 0.45 : size * 0.625;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">` +
    `<rect width="${size}" height="${size}" rx="${radius}" fill="${ACCENT}"/>` +
    `<text x="50%" y="50%" dy="0.35em" font-size="${font}" text-anchor="middle" fill="#ffffff" font-family="DejaVu Sans, Arial, sans-serif" font-weight="700">C</text></svg>`;
};

const dir = join(projectRoot, 'public/icons');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'favicon.svg'), mark(32, false));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const [name, size, maskable] of [['icon-192.png', 192, false], ['icon-512.png', 512, false], ['maskable-512.png', 512, true], ['apple-touch-icon.png', 180, true], ['favicon-32.png', 32, false]] as const) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${mark(size, maskable)}</body></html>`);
  await page.screenshot({ path: join(dir, name), omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
}
await browser.close();
console.log(`icons written to ${dir}`);
