/**
 * Finds a Chromium for the browser tests, installing one if there is none: Debian's package when
 * running as root with apt, Playwright's own download elsewhere. Prints which one it uses; exits
 * non-zero when none can be had, so the browser tests never silently skip.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser } from '../tests/browser-path.mjs';

function tryRun(command) {
	try {
		console.log(`ensure-browser: ${command}`);
		execSync(command, { stdio: 'inherit' });
		return true;
	} catch {
		return false;
	}
}

let browser = findBrowser();
if (!browser) {
	const root = process.getuid?.() === 0;
	if (root && existsSync('/usr/bin/apt-get')) {
		tryRun(
			'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core'
		);
	} else {
		tryRun('npx playwright install chromium');
	}
	browser = findBrowser();
}
if (!browser) {
	console.error(
		'ensure-browser: no Chromium found or installable. Install Debian\'s "chromium" package or run ' +
			'"npx playwright install chromium", or set CHROMIUM_PATH to a Chromium binary.'
	);
	process.exit(1);
}
console.log(`ensure-browser: using ${browser.path} (${browser.source})`);
