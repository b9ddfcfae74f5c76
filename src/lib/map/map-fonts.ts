import { mapFontFaces, type MapFontFace } from './font-faces';

/**
 * The live map's label fonts, added to the page's fonts under the style's text-font names:
 * MapLibre draws labels from the page's fonts (TinySDF) when its style names no glyph server.
 *
 * Why the page adds them rather than the style's `font-faces`: MapLibre adds a face the first time
 * a label needs it, in the middle of the map's start, and every font a page gains makes the
 * browser paint the whole page again, the static map too (with the GPU rasterising in software
 * that is a few hundred ms each time, on the thread the map's WebGL waits on). Added here, while
 * the page is idle (with the prefetch) or as the map's code downloads, the repaint comes before
 * the map draws.
 *
 * Each set of faces is loaded first and added once loaded, together: a face added and then
 * loaded repaints the page twice (once for each), a loaded one once.
 */

let latin: Promise<void> | undefined;
let arabic: Promise<void> | undefined;
let arabicReady = false;

/** Loads `list`, then (once `after` has) adds the faces that loaded to the page's fonts at once. */
async function loadThenAdd(list: MapFontFace[], after?: Promise<void>): Promise<void> {
	const loading = list.map((f) =>
		new FontFace(f.family, `url(${f.url})`, {
			unicodeRange: f.unicodeRange,
			weight: f.weight,
			style: f.style
		})
			.load()
			.catch(() => undefined)
	);
	const loaded = await Promise.all(loading);
	await after;
	for (const face of loaded) if (face) document.fonts.add(face);
}

/**
 * Loads the Latin faces (once), and the Naskh ones when `withArabic`, and adds them to the page's
 * fonts; `base` is the site's root, the files are under its fonts/ (static/fonts/). Resolves when
 * they are added. A face that fails to load is left out (MapLibre draws with the browser's own
 * sans-serif then). The Naskh faces are added after the Latin ones (font-faces.ts says why).
 */
export function loadMapFonts(base: string, withArabic: boolean): Promise<void> {
	if (typeof FontFace !== 'function' || !document.fonts) return Promise.resolve();
	const faces = mapFontFaces(`${base}fonts/`);
	latin ??= loadThenAdd(faces.filter((f) => !f.arabic));
	if (!withArabic) return latin;
	arabic ??= loadThenAdd(
		faces.filter((f) => f.arabic),
		latin
	).then(() => {
		arabicReady = true;
	});
	return arabic;
}

/** Whether the Naskh faces have been added (or failed): labels with Urdu or Dari names may be drawn. */
export function arabicFontReady(): boolean {
	return arabicReady;
}
