// Walks a rendered page with the keyboard only (headless Chromium): presses Tab until the focus comes back to where it
// started, and says what a keyboard user met, one key=value per line for the Java test:
//   stops      how many elements took the focus, in order
//   missed     controls a mouse user can reach that Tab never reached (tag#id or name)
//   invisible  elements that took the focus without any visible focus indicator (outline or box shadow)
//   unnamed    elements that took the focus without an accessible name a screen reader could say
//   trapped    true when the focus stopped moving before it came back (a keyboard trap)
//   submitted  the value of the submit button pressed with Enter (ACTION, its visible text or name), and whether
//              its form was submitted (the submission itself is stopped: no server here)
//   order      the focused elements, tag:name, separated by |
// Usage: node keyboard-walk.mjs FILE.html ACTION ; exit code 0 when it ran, 2 when it could not.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { launchChromium } from './chromium.mjs';

const [file, action] = process.argv.slice(2);
const MAX_STOPS = 400;
const browser = await launchChromium();
const lines = [];
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(pathToFileURL(resolve(file)).href);
  // Every control a mouse user can reach: visible, enabled, not taken out of the tab order on purpose.
  const reachable = await page.evaluate(() => {
    const selector = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]';
    return [...document.querySelectorAll(selector)]
      .filter((e) => !e.disabled && e.getAttribute('tabindex') !== '-1' && e.getClientRects().length > 0
        && getComputedStyle(e).visibility !== 'hidden')
      .map((e, i) => { e.dataset.walk = String(i); return e.tagName.toLowerCase() + '#' + (e.id || e.name || i); });
  });
  const seen = [];
  const invisible = [];
  const unnamed = [];
  let trapped = false;
  let previous = null;
  for (let i = 0; i < MAX_STOPS; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const e = document.activeElement;
      if (!e || e === document.body) {
        return null;
      }
      const style = getComputedStyle(e);
      const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0)
        || (style.boxShadow && style.boxShadow !== 'none');
      const labelled = e.labels && e.labels.length > 0 ? [...e.labels].map((l) => l.innerText).join(' ') : '';
      const name = (e.getAttribute('aria-label') || labelled || e.getAttribute('title') || e.innerText
        || e.value || e.getAttribute('alt') || '').trim();
      return { walk: e.dataset.walk, id: e.tagName.toLowerCase() + ':' + (e.id || e.name || e.innerText || '').trim()
        .slice(0, 40), visible, name };
    });
    if (focused === null) {
      break;
    }
    if (previous !== null && focused.walk === previous) {
      trapped = true;
      break;
    }
    if (seen.some((s) => s.walk === focused.walk)) {
      break;
    }
    seen.push(focused);
    previous = focused.walk;
    if (!focused.visible) {
      invisible.push(focused.id);
    }
    if (!focused.name) {
      unnamed.push(focused.id);
    }
  }
  const reached = new Set(seen.map((s) => s.walk));
  const missed = reachable.filter((r, i) => !reached.has(String(i)));
  // The task's button, pressed with Enter from the keyboard: its form must be submitted.
  await page.evaluate(() => {
    window.cddSubmitted = '';
    for (const form of document.forms) {
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        window.cddSubmitted = event.submitter ? (event.submitter.value || event.submitter.innerText) : 'form';
      });
    }
  });
  const target = page.locator('button, input[type=submit]').filter({ hasText: action }).first();
  let pressed = 'none';
  if (action && await target.count() > 0) {
    await target.focus();
    await page.keyboard.press('Enter');
    pressed = await page.evaluate(() => window.cddSubmitted);
  }
  lines.push('stops=' + seen.length);
  lines.push('missed=' + missed.join('|'));
  lines.push('invisible=' + invisible.join('|'));
  lines.push('unnamed=' + unnamed.join('|'));
  lines.push('trapped=' + trapped);
  lines.push('submitted=' + pressed);
  lines.push('order=' + seen.map((s) => s.id).join('|'));
} finally {
  await browser.close();
}
console.log(lines.join('\n'));
