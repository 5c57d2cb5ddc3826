// Starts headless Chromium as this machine needs it (no sandbox: root; no network calls), for the checks of this
// folder. Chromium: $CHROMIUM, or /usr/bin/chromium. When it cannot start, says why and exits with code 2, which the
// Java tests read as "the check could not run".
import { chromium } from 'playwright-core';

export async function launchChromium() {
  try {
    return await chromium.launch({
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync']
    });
  } catch (error) {
    console.error('Cannot start Chromium: ' + error.message);
    process.exit(2);
  }
}
