import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** The Chromium the tests drive: $CHROMIUM_PATH, Debian's, or Playwright's own download. */
export function findBrowser() {
	const candidates = [
		[process.env.CHROMIUM_PATH, 'CHROMIUM_PATH'],
		['/usr/bin/chromium', 'Debian chromium'],
		['/usr/bin/chromium-browser', 'chromium-browser']
	];
	for (const [path, source] of candidates) {
		if (path && existsSync(path)) return { path, source };
	}
	try {
		const own = chromium.executablePath();
		if (own && existsSync(own)) return { path: own, source: "Playwright's chromium" };
	} catch {
		// Playwright has no browser of its own installed.
	}
	return undefined;
}
