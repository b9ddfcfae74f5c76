import { chromium } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
const scripts = [];
page.on('request', r => { if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname); });
await page.goto('http://127.0.0.1:4180/'); await page.waitForTimeout(0);
await page.waitForLoadState('networkidle');
await page.waitForTimeout(300);
let total = 0;
const rows = [];
for (const p of [...new Set(scripts)]) { const b = readFileSync('build' + p); const g = gzipSync(b, { level: 9 }).length; total += g; rows.push([g, p, b.toString().slice(0, 0)]); }
rows.sort((a, b) => b[0] - a[0]);
for (const r of rows) console.log(r[0], r[1]);
console.log('total gz', total);
await browser.close();
