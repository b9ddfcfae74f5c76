import { defineConfig } from '@playwright/test';
import { findBrowser } from './tests/browser-path.mjs';

/** PORT lets several checkouts run their browser tests side by side. */
const PORT = Number(process.env.PORT ?? 4173);
/**
 * The site under test is built with absolute URLs pointing at itself (oEmbed, discovery link,
 * handout QR codes); the specs read the same value, so build and assertions agree.
 */
process.env.PUBLIC_ORIGIN ??= `http://127.0.0.1:${PORT}`;

/**
 * Flags for headless Chromium with software WebGL and no network but loopback: the resolver
 * rule makes Chromium's own background requests fail at once instead of timing out.
 */
export const CHROMIUM_ARGS = [
	'--use-angle=swiftshader',
	'--enable-unsafe-swiftshader',
	'--disable-sync',
	'--disable-quic',
	'--no-pings',
	'--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'
];

/**
 * The browser tests' flags: the same, with the page composited in software, as Chromium itself
 * runs on a machine without a GPU (`--use-angle=swiftshader` alone also puts the compositor's GL
 * in SwiftShader, beside the map's WebGL). The map-heavy specs took up to half again as long that
 * way (story, symbols and layout: 153 s against 105). The benchmark keeps CHROMIUM_ARGS, so that
 * its runs stay comparable with the earlier ones, and measures the boot with these beside.
 */
export const NO_GPU_CHROMIUM_ARGS = [...CHROMIUM_ARGS, '--disable-gpu-compositing'];

export default defineConfig({
	testDir: 'tests',
	testMatch: '*.spec.ts',
	fullyParallel: true,
	workers: 2,
	retries: process.env.CI ? 1 : 0,
	reporter: 'list',
	timeout: 120_000,
	expect: { timeout: 15_000 },
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		serviceWorkers: 'block',
		launchOptions: { executablePath: findBrowser()?.path, args: NO_GPU_CHROMIUM_ARGS }
	},
	webServer: {
		command: 'npm run build && npm run preview',
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 180_000,
		stdout: 'ignore',
		env: { PUBLIC_ORIGIN: process.env.PUBLIC_ORIGIN }
	}
});
