import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '/work/main/playwright.config';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const p = await b.newPage({ viewport: { width: 1366, height: 800 } });
p.on('response', (r) => {
	if (r.status() >= 400) console.log('HTTP', r.status(), r.url());
});
await p.goto('http://127.0.0.1:4173/');
const t0 = Date.now();
await p
	.waitForSelector('[data-map-status=live]', { state: 'attached', timeout: 30000 })
	.catch((e) => console.log(String(e)));
console.log('live after', Date.now() - t0);
console.log(
	await p.evaluate(`(() => {
  const r = (s) => { const e = document.querySelector(s); if (!e) return null; const b = e.getBoundingClientRect(); return [s, b.left, b.top, b.width, b.height, getComputedStyle(e).position].join(' '); };
  return [r('.map-stage'), r('.live-map'), r('.live-map canvas'), r('.map-frame'), r('.step.active .step-figure'), r('.step.active img'), document.querySelector('[data-map-status]')?.getAttribute('data-map-status')];
})()`)
);
await b.close();
