import { describe, expect, it } from 'vitest';
import { storyFiles } from './story-cache';
import { channelName } from './channel';

describe('storyFiles', () => {
	it('is the story’s pages in every mode, their data, and every step’s static map', () => {
		const files = storyFiles('/site', 'central-asia', ['tashkent', 'termez']);
		expect(files).toEqual([
			'/site/central-asia/',
			'/site/central-asia/embed/',
			'/site/central-asia/present/',
			'/site/central-asia/present/presenter/',
			'/site/central-asia/print/',
			'/site/central-asia/__data.json',
			'/site/central-asia/embed/__data.json',
			'/site/central-asia/present/__data.json',
			'/site/central-asia/present/presenter/__data.json',
			'/site/central-asia/print/__data.json',
			'/site/maps/central-asia/tashkent.svg',
			'/site/maps/central-asia/termez.svg'
		]);
	});

	it('adds the story’s own geodata, not the default geodata the site precaches', () => {
		const own = storyFiles('/site', 'central-asia', [], 'geodata/central-asia/');
		expect(own.slice(-2)).toEqual([
			'/site/geodata/central-asia/basemap.topo.json',
			'/site/geodata/central-asia/features.geojson'
		]);
		const shared = storyFiles('/site', 'central-asia', [], 'geodata/');
		expect(shared.some((file) => file.includes('geodata'))).toBe(false);
	});
});

describe('state kept per story', () => {
	it('gives two stories two presenter channels', () => {
		expect(channelName('frontier')).not.toBe(channelName('tashkent-to-kashgar'));
	});
});
