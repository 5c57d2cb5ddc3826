// Takes the screenshots of the guides: each HTML file (a page the harness rendered, with the application's stylesheet)
// opened in headless Chromium at 1024 pixels wide, saved as PNG, the top 2,000 pixels at most.
// Usage: node screenshot.mjs FILE.html=OUT.png... ; exit code 0 when every picture was saved, 2 when Chromium cannot run.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { launchChromium } from './chromium.mjs';

const pairs = process.argv.slice(2).map((argument) => argument.split('='));
if (pairs.length === 0 || pairs.some((pair) => pair.length !== 2)) {
  console.error('usage: node screenshot.mjs FILE.html=OUT.png...');
  process.exit(2);
}
const browser = await launchChromium();
try {
  for (const [file, out] of pairs) {
    const page = await browser.newPage({ viewport: { width: 1024, height: 800 }, deviceScaleFactor: 1 });
    await page.goto(pathToFileURL(resolve(file)).href);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.screenshot({ path: out, fullPage: true, clip: { x: 0, y: 0, width: 1024, height: Math.min(height, 2000) } });
    console.log(`saved ${out} (${Math.min(height, 2000)} pixels high)`);
    await page.close();
  }
} finally {
  await browser.close();
}
