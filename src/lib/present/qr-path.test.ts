import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { qrPath, QR_QUIET_ZONE } from './qr-path';

describe('qrPath', () => {
	it('draws each run of dark modules in a row as one rectangle, inside the quiet zone', () => {
		const grid = ['#.##', '....', '####', '...#'];
		const path = qrPath({ size: 4, dark: (r, c) => grid[r]?.[c] === '#' });
		const q = QR_QUIET_ZONE;
		expect(path).toBe(
			`M${q} ${q}h1v1h-1z` +
				`M${q + 2} ${q}h2v1h-2z` +
				`M${q} ${q + 2}h4v1h-4z` +
				`M${q + 3} ${q + 3}h1v1h-1z`
		);
	});

	it('covers exactly the dark modules of a real code', () => {
		const { modules } = QRCode.create('https://example.org/#kabul', { errorCorrectionLevel: 'M' });
		const dark = (r: number, c: number) => modules.get(r, c) === 1;
		const path = qrPath({ size: modules.size, dark });
		const area = [...path.matchAll(/h(\d+)/g)].reduce((sum, m) => sum + Number(m[1]), 0);
		let count = 0;
		for (let r = 0; r < modules.size; r++)
			for (let c = 0; c < modules.size; c++) count += +dark(r, c);
		expect(area).toBe(count);
		// The three finder patterns: the top-left corner module is dark.
		expect(path.startsWith(`M${QR_QUIET_ZONE} ${QR_QUIET_ZONE}h7`)).toBe(true);
	});
});
