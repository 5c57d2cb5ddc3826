// Opens one e-mail's HTML part as a narrow mail client would show it (headless Chromium, a window 600 pixels wide),
// takes a screenshot of the whole message, and says what came out, one key=value per line for the Java test: how
// wide the content is (wider than the window means a reader must scroll sideways), every request the message made
// for anything but itself (an e-mail must load no external resource), and whether any script ran.
// Usage: node mail-check.mjs FILE.html OUT.png ; exit code 0 when it ran, 2 when it could not.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { launchChromium } from './chromium.mjs';

const [file, out] = process.argv.slice(2);
const href = pathToFileURL(resolve(file)).href;
const browser = await launchChromium();
const lines = [];
try {
  const page = await browser.newPage({ viewport: { width: 600, height: 900 } });
  const requests = [];
  page.on('request', (request) => {
    if (request.url() !== href) {
      requests.push(request.url());
    }
  });
  await page.goto(href);
  await page.screenshot({ path: out, fullPage: true });
  lines.push('scrollWidth=' + (await page.evaluate(() => document.documentElement.scrollWidth)));
  lines.push('requests=' + requests.join('|'));
  lines.push('scripts=' + (await page.evaluate(() => document.scripts.length)));
  lines.push('text=' + (await page.evaluate(() => document.body.innerText)).replace(/\s+/g, ' '));
} finally {
  await browser.close();
}
console.log(lines.join('\n'));
