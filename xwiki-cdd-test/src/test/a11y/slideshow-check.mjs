// Drives the presentation mode of one HTML page in headless Chromium, as a presenter would with the keyboard, and
// prints what it observed, one key=value per line (the Java test asserts on them), with the axe-core violations of
// the open slideshow.
// Usage: node slideshow-check.mjs FILE.html ; exit code 0 when it ran, 2 when it could not.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { launchChromium } from './chromium.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const file = process.argv[2];
const browser = await launchChromium();
const observe = (page) => page.evaluate(() => {
  const dialog = document.querySelector('.cdd-slideshow[role=dialog]');
  const visible = dialog ? [...dialog.querySelectorAll('.cdd-slide')].filter((s) => !s.hidden) : [];
  return {
    dialog: !!dialog,
    visibleSlides: visible.length,
    heading: visible.length ? visible[0].querySelector('h2').textContent.trim() : null,
    focus: document.activeElement ? (document.activeElement.tagName + ':'
      + document.activeElement.textContent.trim().slice(0, 60)) : null,
    position: dialog ? dialog.querySelector('.cdd-slideshow-position').textContent : null,
    restInert: dialog ? [...document.body.children].filter((e) => e !== dialog).every((e) => e.inert) : null
  };
});
const result = {};
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(pathToFileURL(resolve(file)).href);
  result.buttonVisible = await page.locator('button.cdd-present').isVisible();
  await page.locator('button.cdd-present').click();
  result.opened = await observe(page);
  await page.addScriptTag({ content: axeSource });
  const axe = await page.evaluate(() => window.axe.run(document.querySelector('.cdd-slideshow'), {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }
  }));
  result.axeViolations = axe.violations.map((v) => v.id);
  await page.keyboard.press('ArrowRight');
  result.next = await observe(page);
  await page.keyboard.press('End');
  result.last = await observe(page);
  await page.keyboard.press('ArrowLeft');
  result.previous = await observe(page);
  await page.keyboard.press('Escape');
  result.closed = await observe(page);
  result.errors = errors;
} finally {
  await browser.close();
}
const lines = [];
const flatten = (prefix, value) => {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    Object.entries(value).forEach(([key, inner]) => flatten(prefix ? `${prefix}.${key}` : key, inner));
  } else {
    lines.push(`${prefix}=${Array.isArray(value) ? value.join(',') : value}`);
  }
};
flatten('', result);
console.log(lines.join('\n'));
