import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * A stand-in for the browser's FontFace: records what is loaded; `failing` URLs reject, and
 * `held` URLs wait until released.
 */
class FakeFace {
	static loaded: string[] = [];
	static failing = new Set<string>();
	static held = new Map<string, Promise<void>>();
	status = 'unloaded';
	constructor(
		readonly family: string,
		readonly source: string,
		readonly descriptors: FontFaceDescriptors
	) {}
	async load() {
		await FakeFace.held.get(this.source);
		if (FakeFace.failing.has(this.source)) throw new Error('network');
		FakeFace.loaded.push(`${this.family} ${this.source}`);
		this.status = 'loaded';
		return this;
	}
}

/** The faces added to the page's fonts, in order, each with its status when it was added. */
let added: { face: FakeFace; status: string }[] = [];

beforeEach(() => {
	vi.resetModules();
	added = [];
	FakeFace.loaded = [];
	FakeFace.failing = new Set();
	FakeFace.held = new Map();
	vi.stubGlobal('FontFace', FakeFace);
	vi.stubGlobal('document', {
		fonts: { add: (face: FakeFace) => added.push({ face, status: face.status }) }
	});
});

afterEach(() => {
	vi.unstubAllGlobals();
});

const fresh = () => import('./map-fonts');
const NASKH = 'noto-naskh-arabic';
const families = () => added.map(({ face }) => face.family);

describe('loadMapFonts', () => {
	it('adds the Latin faces once, loaded, however often it is called', async () => {
		const { loadMapFonts, arabicFontReady } = await fresh();
		await Promise.all([loadMapFonts('/', false), loadMapFonts('/', false)]);
		await loadMapFonts('/', false);
		expect(new Set(families())).toEqual(
			new Set(['Noto Sans Regular', 'Noto Sans SemiBold', 'Noto Sans Italic'])
		);
		expect(added).toHaveLength(3);
		expect(added.every(({ status }) => status === 'loaded')).toBe(true);
		expect(FakeFace.loaded.some((face) => face.includes(NASKH))).toBe(false);
		expect(arabicFontReady()).toBe(false);
	});

	it('adds nothing until every face of the set has loaded, then all of them together', async () => {
		let release = () => {};
		FakeFace.held.set(
			'url(/fonts/noto-sans-latin-400-italic.woff2)',
			new Promise<void>((resolve) => (release = resolve))
		);
		const { loadMapFonts } = await fresh();
		const done = loadMapFonts('/', false);
		await new Promise((resolve) => setTimeout(resolve, 10));
		expect(FakeFace.loaded).toHaveLength(2);
		expect(added).toEqual([]);
		release();
		await done;
		expect(added).toHaveLength(3);
	});

	it('adds the Naskh faces when asked, after the Latin ones, and then says they are ready', async () => {
		let release = () => {};
		FakeFace.held.set(
			'url(/fonts/noto-sans-latin-400-normal.woff2)',
			new Promise<void>((resolve) => (release = resolve))
		);
		const { loadMapFonts, arabicFontReady } = await fresh();
		const done = loadMapFonts('/', true);
		await new Promise((resolve) => setTimeout(resolve, 10));
		// The Naskh files are in, the Latin Regular is not: nothing is added yet.
		expect(FakeFace.loaded.filter((face) => face.includes(NASKH))).toHaveLength(2);
		expect(added).toEqual([]);
		expect(arabicFontReady()).toBe(false);
		release();
		await done;
		const naskh = added.flatMap(({ face }, i) => (face.source.includes(NASKH) ? [i] : []));
		expect(naskh).toEqual([3, 4]);
		expect(arabicFontReady()).toBe(true);
	});

	it('declares the weight and style MapLibre asks for, from the base it is given', async () => {
		const { loadMapFonts } = await fresh();
		await loadMapFonts('/story/', true);
		const semibold = added.find(({ face }) => face.family === 'Noto Sans SemiBold')?.face;
		expect(semibold?.descriptors.weight).toBe('600');
		expect(
			added.find(({ face }) => face.family === 'Noto Sans Italic')?.face.descriptors.style
		).toBe('italic');
		expect(added.every(({ face }) => face.source.startsWith('url(/story/fonts/'))).toBe(true);
	});

	it('leaves out a face that fails to load, and adds the others', async () => {
		FakeFace.failing.add('url(/fonts/noto-sans-latin-600-normal.woff2)');
		const { loadMapFonts } = await fresh();
		await expect(loadMapFonts('/', false)).resolves.toBeUndefined();
		expect(families().sort()).toEqual(['Noto Sans Italic', 'Noto Sans Regular']);
	});

	it('does nothing where there is no font loading API', async () => {
		vi.stubGlobal('FontFace', undefined);
		const { loadMapFonts } = await fresh();
		await loadMapFonts('/', true);
		expect(added).toEqual([]);
	});
});
