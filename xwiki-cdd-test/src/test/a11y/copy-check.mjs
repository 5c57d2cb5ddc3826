// Presses the first copy button of one HTML page in headless Chromium as a keyboard user does (Tab to it, then
// Enter), and prints what happened, one key=value per line: the status the page announced, and either the clipboard
// holding the post or, when the browser refused the clipboard, the post selected in its field for the person to copy.
// Usage: node copy-check.mjs FILE.html ; exit code 0 when it ran, 2 when it could not.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { launchChromium } from './chromium.mjs';

const file = process.argv[2];
const browser = await launchChromium();
const result = {};
try {
  const context = await browser.newContext();
  try {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  } catch (error) {
    result.permissions = 'refused';
  }
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(pathToFileURL(resolve(file)).href);
  let field = null;
  for (let i = 0; i < 60 && !field; i++) {
    await page.keyboard.press('Tab');
    field = await page.evaluate(() => document.activeElement
      && document.activeElement.getAttribute('data-cdd-copy'));
  }
  result.reached = !!field;
  result.field = field;
  await page.keyboard.press('Enter');
  await page.waitForTimeout(500);
  result.status = await page.evaluate((id) => document.getElementById(id + '-status').textContent, field);
  result.clipboardHoldsThePost = await page.evaluate(async (id) => {
    try {
      return (await navigator.clipboard.readText()) === document.getElementById(id).value;
    } catch (error) {
      return false;
    }
  }, field);
  result.postSelected = await page.evaluate((id) => {
    const input = document.getElementById(id);
    return document.activeElement === input && input.selectionStart === 0
      && input.selectionEnd === input.value.length;
  }, field);
  result.errors = errors;
} finally {
  await browser.close();
}
const lines = Object.entries(result).map(([key, value]) => `${key}=${Array.isArray(value) ? value.join(',') : value}`);
console.log(lines.join('\n'));
