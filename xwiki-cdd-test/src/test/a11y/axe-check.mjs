// Runs axe-core over HTML files in headless Chromium and reports the WCAG 2.1 A/AA violations.
// Usage: node axe-check.mjs FILE.html... ; exit code 0 when no violation, 1 when some, 2 when the check cannot run.
// Chromium: see chromium.mjs.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { launchChromium } from './chromium.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node axe-check.mjs FILE.html...');
  process.exit(2);
}
const browser = await launchChromium();
let violations = 0;
try {
  for (const file of files) {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(resolve(file)).href);
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(() => window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }
    }));
    console.log(`${file}: ${result.passes.length} rules passed, ${result.violations.length} violated, `
      + `${result.incomplete.length} to review`);
    for (const violation of result.violations) {
      violations++;
      console.log(`  VIOLATION ${violation.id} (${violation.impact}): ${violation.help}`);
      for (const node of violation.nodes) {
        console.log(`    at ${node.target.join(' ')}: ${node.failureSummary.replace(/\n/g, ' ')}`);
      }
    }
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`axe-core ${JSON.parse(readFileSync(require.resolve('axe-core/package.json'), 'utf8')).version}: `
  + `${violations} violation(s)`);
process.exit(violations === 0 ? 0 : 1);
