import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A stand-in for the browser's FontFace: records what is loaded; `failing` URLs reject. */
class FakeFace {
	static loaded: string[] = [];
	static failing = new Set<string>();
	constructor(
		readonly family: string,
		readonly source: string,
		readonly descriptors: FontFaceDescriptors
	) {}
	async load() {
		if (FakeFace.failing.has(this.source)) throw new Error('network');
		FakeFace.loaded.push(`${this.family} ${this.source}`);
		return this;
	}
}

let added: FakeFace[] = [];

beforeEach(() => {
	vi.resetModules();
	added = [];
	FakeFace.loaded = [];
	FakeFace.failing = new Set();
	vi.stubGlobal('FontFace', FakeFace);
	vi.stubGlobal('document', { fonts: { add: (face: FakeFace) => added.push(face) } });
});

afterEach(() => {
	vi.unstubAllGlobals();
});

const fresh = () => import('./map-fonts');

describe('loadMapFonts', () => {
	it('adds every face once, however often it is called, and loads the Latin ones', async () => {
		const { loadMapFonts, arabicFontReady } = await fresh();
		await loadMapFonts('/', false);
		await loadMapFonts('/', false);
		expect(added).toHaveLength(5);
		expect(FakeFace.loaded.every((face) => !face.includes('naskh'))).toBe(true);
		expect(new Set(FakeFace.loaded.map((face) => face.split(' url')[0]))).toEqual(
			new Set(['Noto Sans Regular', 'Noto Sans SemiBold', 'Noto Sans Italic'])
		);
		expect(arabicFontReady()).toBe(false);
	});

	it('addMapFonts adds every face once and loads none; loading them later adds nothing more', async () => {
		const { addMapFonts, loadMapFonts } = await fresh();
		addMapFonts('/');
		addMapFonts('/');
		expect(added).toHaveLength(5);
		expect(FakeFace.loaded).toEqual([]);
		await loadMapFonts('/', false);
		expect(added).toHaveLength(5);
		expect(FakeFace.loaded).toHaveLength(3);
	});

	it('loads the Naskh faces when asked, and then says they are ready', async () => {
		const { loadMapFonts, arabicFontReady } = await fresh();
		await loadMapFonts('/', true);
		expect(FakeFace.loaded.filter((face) => face.includes('naskh'))).toHaveLength(2);
		expect(arabicFontReady()).toBe(true);
	});

	it('declares the weight and style MapLibre asks for, from the base it is given', async () => {
		const { loadMapFonts } = await fresh();
		await loadMapFonts('/story/', false);
		const semibold = added.find((face) => face.family === 'Noto Sans SemiBold');
		expect(semibold?.descriptors.weight).toBe('600');
		expect(added.find((face) => face.family === 'Noto Sans Italic')?.descriptors.style).toBe(
			'italic'
		);
		expect(added.every((face) => face.source.startsWith('url(/story/fonts/'))).toBe(true);
	});

	it('a face that fails to load does not stop the others', async () => {
		FakeFace.failing.add('url(/fonts/noto-sans-latin-600-normal.woff2)');
		const { loadMapFonts } = await fresh();
		await expect(loadMapFonts('/', false)).resolves.toBeUndefined();
		expect(FakeFace.loaded.some((face) => face.startsWith('Noto Sans Regular'))).toBe(true);
	});

	it('does nothing where there is no font loading API', async () => {
		vi.stubGlobal('FontFace', undefined);
		const { loadMapFonts } = await fresh();
		await loadMapFonts('/', true);
		expect(added).toEqual([]);
	});
});
