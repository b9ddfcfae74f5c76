import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '/work/main/playwright.config';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const p = await b.newPage({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
p.on('response', (r) => {
	if (r.status() >= 400) console.log('HTTP', r.status(), r.url());
});
p.on('pageerror', (e) => console.log('pageerror:', e.message));
await p.goto('http://127.0.0.1:4173/');
await p.waitForSelector('[data-map-status=live]', { state: 'attached' });
await p.mouse.move(200, 400);
for (let i = 0; i < 25; i++) await p.mouse.wheel(0, 900);
await p.waitForTimeout(1500);
console.log(
	'before reload',
	await p.evaluate('document.documentElement.dataset.step'),
	await p.evaluate('scrollY')
);
await p.reload();
const t0 = Date.now();
await p
	.waitForSelector('[data-map-status=live]', { state: 'attached', timeout: 20000 })
	.catch((e) => console.log(String(e).slice(0, 100)));
console.log(
	'after',
	Date.now() - t0,
	await p.evaluate('document.documentElement.dataset.step'),
	await p.evaluate('scrollY'),
	await p.evaluate(`document.querySelector('[data-map-status]').dataset.mapStatus`),
	await p.evaluate(`document.querySelector('.map-message')?.textContent`)
);
await b.close();
