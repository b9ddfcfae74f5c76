import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { webAppText } from './web-app';

function folderWith(yaml?: string): string {
	const folder = mkdtempSync(join(tmpdir(), 'web-app-'));
	if (yaml !== undefined) writeFileSync(join(folder, 'story.yaml'), yaml);
	return folder;
}

describe('webAppText', () => {
	it('names the frontier site from its story: title, short title, subtitle, language', () => {
		expect(webAppText('src/content/frontier')).toEqual({
			name: 'The Afghanistan–Pakistan frontier, 1979–2022',
			short_name: 'Frontier map',
			description: 'The essay, paragraph by paragraph, with maps of the places it names',
			lang: 'en'
		});
	});

	it('names another default story from its own folder, its summary first', () => {
		const text = webAppText('src/content/tashkent-to-kashgar');
		expect(text.name).toBe('Tashkent to Kashgar');
		expect(text.description).toMatch(/^From Tashkent/);
		expect(text.short_name.length).toBeLessThanOrEqual(30);
	});

	it('keeps a long title out of the short name', () => {
		const text = webAppText(folderWith('title: A very long title for a home screen\nlang: fr\n'));
		expect(text).toEqual({
			name: 'A very long title for a home screen',
			short_name: 'Story map',
			description: 'A very long title for a home screen',
			lang: 'fr'
		});
	});

	it('gives neutral words for a missing or broken story.yaml (the story check reports it)', () => {
		const neutral = {
			name: 'Story map',
			short_name: 'Story map',
			description: 'Story map',
			lang: 'en'
		};
		expect(webAppText(folderWith())).toEqual(neutral);
		expect(webAppText(folderWith('title: [unclosed\n'))).toEqual(neutral);
		expect(webAppText(folderWith('- a list\n'))).toEqual(neutral);
	});
});
