/**
 * node -r ./tools/register.js tools/simulate/screenshot-report.ts artifacts/simulation/simulation-seed<N>-<span>.html
 *
 * Renders a simulation report in headless Chromium (Debian's, as the browser tests use) and writes next to it
 * `<report>.png` (the whole page) and `<report>-1.png`, `-2.png` … (one per screen of 1280 × 900), for a closing note
 * or a review that cannot open the HTML.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

async function main(file: string): Promise<string[]> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', headless: true, args: ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(pathToFileURL(resolve(file)).href);
    const base = file.replace(/\.html$/, '');
    const written = [`${base}.png`];
    await page.screenshot({ path: written[0], fullPage: true });
    const height = await page.evaluate('document.documentElement.scrollHeight') as number;
    for (let top = 0, n = 1; top < height; top += 900, n++) {
      await page.evaluate(`window.scrollTo(0, ${top})`);
      const path = `${base}-${n}.png`;
      await page.screenshot({ path });
      written.push(path);
    }
    return written;
  } finally {
    await browser.close();
  }
}

const file = process.argv[2];
if (!file) {
  console.error('usage: screenshot-report.ts <report.html>');
  process.exit(2);
}
main(file).then(
  (written) => console.log(written.join('\n')),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
