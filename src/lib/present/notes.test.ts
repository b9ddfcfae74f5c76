import { describe, expect, it } from 'vitest';
import { speakerNotes } from './notes';

const names: Record<string, string> = {
	'place:kabul': 'Kabul',
	'admin1:AF-KAB': 'Kabul',
	'country:AFG': 'Afghanistan'
};
const nameOf = (fid: string) => names[fid];
const map = {
	features: ['place:kabul', 'admin1:AF-KAB', 'country:AFG'],
	context: [],
	nativeNames: false
};

describe('speakerNotes', () => {
	it('by default gives the date, the framed places by name (once each) and the caption', () => {
		expect(speakerNotes({ date: 'September 1996', caption: 'Kabul marked.', map }, nameOf)).toEqual(
			{
				date: 'September 1996',
				places: ['Kabul', 'Afghanistan'],
				caption: 'Kabul marked.'
			}
		);
	});

	it('puts the story’s own notes first and keeps the rest', () => {
		const notes = speakerNotes({ speakerNotes: 'Ask who has been.', map }, nameOf);
		expect(notes.written).toBe('Ask who has been.');
		expect(notes.places).toEqual(['Kabul', 'Afghanistan']);
		expect(notes.date).toBeUndefined();
	});

	it('skips features without a name', () => {
		expect(speakerNotes({ map: { ...map, features: ['route:x'] } }, nameOf).places).toEqual([]);
	});
});
