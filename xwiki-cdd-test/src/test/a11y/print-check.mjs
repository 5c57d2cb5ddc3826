// Prints one HTML page as XWiki's PDF export does (headless Chromium, print media, A4) and says what came out, one
// key=value per line for the Java test: the number of pages of the PDF, whether any button, form or link to the export
// is still visible in print, and the text a reader of the printed page sees.
// Usage: node print-check.mjs FILE.html OUT.pdf ; exit code 0 when it ran, 2 when it could not.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { launchChromium } from './chromium.mjs';

const [file, out] = process.argv.slice(2);
const browser = await launchChromium();
const lines = [];
try {
  const page = await browser.newPage();
  await page.goto(pathToFileURL(resolve(file)).href);
  await page.emulateMedia({ media: 'print' });
  const visible = await page.evaluate(() => [...document.querySelectorAll('button, form, input, select, a')]
    .filter((e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')
    .map((e) => e.tagName + ':' + (e.textContent || e.value || '').trim().slice(0, 40)));
  await page.pdf({ path: out, format: 'A4', printBackground: false, preferCSSPageSize: true });
  // Each page of a Chromium PDF is one object of type /Page (the tree's root is /Pages).
  const pdf = readFileSync(out, 'latin1');
  lines.push('pages=' + (pdf.match(/\/Type\s*\/Page(?![s\w])/g) || []).length);
  lines.push('visibleControls=' + visible.filter((v) => !v.startsWith('A:') || v.includes('PDF')).join('|'));
  lines.push('printedText=' + (await page.evaluate(() => document.body.innerText)).replace(/\s+/g, ' '));
} finally {
  await browser.close();
}
console.log(lines.join('\n'));
