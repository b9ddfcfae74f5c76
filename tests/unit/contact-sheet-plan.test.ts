import { describe, expect, it } from 'vitest';
import { sheetHtml, sheetShots } from '../../scripts/contact-sheet-plan';

const steps = [
	{ slug: 'peshawar', title: 'Peshawar', alt: 'A map of Peshawar.' },
	{ slug: 'kabul', title: 'Kabul', alt: 'A map of Kabul & around.' }
];

describe('the contact sheet plan', () => {
	it('shoots every step static and live, at both widths, in both themes', () => {
		const shots = sheetShots(steps, {});
		expect(shots).toHaveLength(2 * 2 * 2 * 2);
		expect(new Set(shots.map((s) => s.file)).size).toBe(shots.length);
	});

	it('keeps to the steps, widths and themes asked for', () => {
		const shots = sheetShots(steps, { steps: ['kabul'], widths: ['phone'], themes: ['dark'] });
		expect(shots.map((s) => s.file)).toEqual([
			'kabul-phone-dark-static.png',
			'kabul-phone-dark-live.png'
		]);
	});

	it('refuses a step or width it does not know', () => {
		expect(() => sheetShots(steps, { steps: ['nowhere'] })).toThrow(/unknown step: nowhere/);
		expect(() => sheetShots(steps, { widths: ['tablet'] })).toThrow(/unknown width/);
	});

	it('puts each pair side by side under its step, with the alt text escaped', () => {
		const shots = sheetShots(steps, { steps: ['kabul'], widths: ['desktop'], themes: ['light'] });
		const html = sheetHtml(steps, shots, []);
		expect(html).toContain('<section id="kabul">');
		expect(html).not.toContain('id="peshawar"');
		expect(html).toContain('Kabul &#38; around');
		expect(html.indexOf('desktop-light-static.png')).toBeLessThan(
			html.indexOf('desktop-light-live.png')
		);
	});
});
