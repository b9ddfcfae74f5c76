// What the built story page is made of, read from build/ and Vite's manifest: which files the
// HTML loads up front, which load later, and their sizes raw and gzipped. Shared by the
// benchmark (bench/run.ts) and the byte budgets (tests/budgets.spec.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUILD_DIR = resolve('build');
const MANIFEST = resolve('.svelte-kit/output/client/.vite/manifest.json');

/** A file of the built site: its path under build/, a name that survives rebuilds, its sizes. */
export interface SiteFile {
	path: string;
	/** The chunk's name in Vite's manifest, or the file name without its content hash. */
	name: string;
	raw: number;
	gzip: number;
}

export interface Bytes {
	raw: number;
	gzip: number;
}

interface ManifestChunk {
	file: string;
	name?: string;
	src?: string;
	imports?: string[];
	dynamicImports?: string[];
	css?: string[];
	assets?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/** gzip at level 9, what the benchmark's server sends (bench/serve.ts). */
export const gzipBytes = (data: Buffer | string): number => gzipSync(data, { level: 9 }).length;

const fileCache = new Map<string, SiteFile>();

/** Sizes of one file under build/; `name` is how reports and budgets refer to it. */
export function siteFile(path: string, name = logicalName(path)): SiteFile {
	const cached = fileCache.get(path);
	if (cached) return cached;
	const data = readFileSync(join(BUILD_DIR, path));
	const file = { path, name, raw: data.length, gzip: gzipBytes(data) };
	fileCache.set(path, file);
	return file;
}

/** `_app/immutable/assets/maplibre-gl-worker.CZtFQQIV.mjs` → `maplibre-gl-worker.mjs`. */
export function logicalName(path: string): string {
	return basename(path).replace(/\.[\w-]{8}(\.\w+)$/, '$1');
}

export function total(files: readonly SiteFile[]): Bytes {
	return files.reduce((sum, f) => ({ raw: sum.raw + f.raw, gzip: sum.gzip + f.gzip }), {
		raw: 0,
		gzip: 0
	});
}

/** Every file under a folder of build/ (recursively), e.g. `geodata` or `maps`. */
export function filesUnder(folder: string, ext?: string): SiteFile[] {
	const dir = join(BUILD_DIR, folder);
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && (!ext || e.name.endsWith(ext)))
		.map((e) => {
			const path = relative(BUILD_DIR, join(e.parentPath, e.name));
			return siteFile(path, path.slice(folder.length + 1));
		})
		.sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * True for MapLibre's own code: its main chunk and its worker. Before MapLibre had a chunk of its
 * own it shared one with maplibre-view.ts; a string only MapLibre contains finds that one too.
 */
export function isMapLibre(file: SiteFile): boolean {
	if (file.name === 'maplibre-gl' || file.name.startsWith('maplibre-gl-worker')) return true;
	if (!file.path.endsWith('.js')) return false;
	return readFileSync(join(BUILD_DIR, file.path), 'utf8').includes('Style is not done loading');
}

/**
 * Code a page loads only when someone asks for it, by source file: what a reader never downloads
 * unless they use it. A dynamic import of one of these does not count as part of a reader's visit.
 */
export const ON_DEMAND_SOURCES = [
	'src/lib/components/EmbedDialog.svelte',
	'src/lib/components/PlacePanel.svelte'
];

/** What the story page (build/index.html) loads, by kind and by when. */
export interface StoryPageFiles {
	html: SiteFile;
	/** JS the HTML itself loads (scripts, module preloads) and what those import statically. */
	upfrontJs: SiteFile[];
	/** JS a reader's visit loads: the up-front JS, then the map and what it imports. */
	readerJs: SiteFile[];
	/** JS loaded only when asked for (ON_DEMAND_SOURCES, and what only they import). */
	onDemandJs: SiteFile[];
	/** Every JS file the page can load, up front or by dynamic import, MapLibre included. */
	allJs: SiteFile[];
	/** CSS the HTML links (render-blocking). */
	upfrontCss: SiteFile[];
	/** Every CSS file the page can load. */
	allCss: SiteFile[];
}

/** Reads the story page's module graph from the HTML and Vite's manifest. */
export function storyPageFiles(page = 'index.html'): StoryPageFiles {
	const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest;
	const byFile = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
	const named = (path: string) => {
		const chunk = manifest[byFile.get(path) ?? ''];
		return siteFile(path, chunk?.name && path.endsWith('.js') ? chunk.name : logicalName(path));
	};
	const html = readFileSync(join(BUILD_DIR, page), 'utf8');
	const referenced = (pattern: RegExp) =>
		[...html.matchAll(pattern)].map((m) => (m[1] as string).replace(/^(\.\/|\/)/, ''));
	const htmlJs = [
		...referenced(/<link[^>]+href="([^"]+\.m?js)"[^>]*rel="modulepreload"/g),
		...referenced(/<link[^>]+rel="modulepreload"[^>]*href="([^"]+\.m?js)"/g),
		...referenced(/<script[^>]+src="([^"]+\.m?js)"/g),
		...referenced(/import\("([^"]+\.m?js)"\)/g)
	];
	// Stylesheets that block rendering; SvelteKit keeps a disabled link beside the ones it inlines.
	const blocking = html.replace(/<link[^>]*\bdisabled\b[^>]*>/g, '');
	const htmlCss = [...blocking.matchAll(/<link[^>]+rel="stylesheet"[^>]*>/g)].flatMap((m) => {
		const href = /href="([^"]+\.css)"/.exec(m[0])?.[1];
		return href ? [href.replace(/^(\.\/|\/)/, '')] : [];
	});

	const walk = (roots: string[], dynamic: boolean, skip: readonly string[] = []) => {
		const js = new Set<string>();
		const css = new Set<string>();
		const visit = (path: string) => {
			if (js.has(path)) return;
			js.add(path);
			const chunk = manifest[byFile.get(path) ?? ''];
			if (!chunk) return;
			for (const c of chunk.css ?? []) css.add(c);
			// Files the code links by URL (MapLibre's worker and stylesheet) load with the map.
			for (const asset of dynamic ? (chunk.assets ?? []) : []) {
				if (/\.m?js$/.test(asset)) js.add(asset);
				if (asset.endsWith('.css')) css.add(asset);
			}
			// entry/app can import every route's node; the HTML names the ones this page uses.
			const lazy =
				dynamic && chunk.name !== 'entry/app'
					? (chunk.dynamicImports ?? []).filter((key) => !skip.includes(key))
					: [];
			const next = [...(chunk.imports ?? []), ...lazy];
			for (const key of next) {
				const file = manifest[key]?.file;
				if (file) visit(file);
			}
		};
		roots.forEach(visit);
		return { js: [...js].map(named), css: [...css].map(named) };
	};
	const upfront = walk(htmlJs, false);
	// SvelteKit's client, where it runs the page, loads the root error page's node on start, so
	// that it can show an error once the network is gone (kit/src/runtime/client/client.js): part
	// of every visit. The story page runs without it (src/islands/story-page.ts).
	const kitStarts = htmlJs.some((path) => named(path).name === 'entry/start');
	const errorNode = Object.values(manifest).find((c) => c.name === 'nodes/1')?.file;
	const started = kitStarts && errorNode ? [...htmlJs, errorNode] : htmlJs;
	const all = walk(started, true);
	const reader = walk(started, true, ON_DEMAND_SOURCES);
	const readerPaths = new Set(reader.js.map((f) => f.path));
	const uniqueCss = (paths: string[]) => [...new Set(paths)].map(named);
	return {
		html: siteFile(page),
		upfrontJs: upfront.js,
		readerJs: reader.js,
		onDemandJs: all.js.filter((f) => !readerPaths.has(f.path)),
		allJs: all.js,
		upfrontCss: uniqueCss(htmlCss),
		allCss: uniqueCss([...htmlCss, ...all.css.map((f) => f.path)])
	};
}
