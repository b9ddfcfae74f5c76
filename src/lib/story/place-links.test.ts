import { describe, expect, it } from 'vitest';
import { linkPlaces } from './place-links';

const features = [
	{ fid: 'place:bannu', name: 'Bannu' },
	{ fid: 'place:lakki-marwat', name: 'Lakki Marwat' },
	{ fid: 'admin1:PK-KP', name: 'Khyber Pakhtunkhwa' }
];

describe('linkPlaces', () => {
	it('marks each mention and keeps the text exactly', () => {
		const text = 'attacks in Bannu and Lakki Marwat, Khyber Pakhtunkhwa.';
		const segments = linkPlaces(text, features);
		expect(segments.map((s) => s.text).join('')).toBe(text);
		expect(segments.filter((s) => s.fid).map((s) => s.fid)).toEqual([
			'place:bannu',
			'place:lakki-marwat',
			'admin1:PK-KP'
		]);
	});

	it('matches whole words only', () => {
		expect(linkPlaces('Bannuwal', features)).toEqual([{ text: 'Bannuwal' }]);
	});

	it('returns the text whole when nothing matches', () => {
		expect(linkPlaces('Doha', features)).toEqual([{ text: 'Doha' }]);
	});
});
