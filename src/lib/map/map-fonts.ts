import { mapFontFaces } from './font-faces';

/**
 * The live map's label fonts, added to the page's fonts under the style's text-font names:
 * MapLibre draws labels from the page's fonts (TinySDF) when its style names no glyph server.
 *
 * Why the page adds them rather than the style's `font-faces`: MapLibre adds a face the first time
 * a label needs it, in the middle of the map's start, and every font a page gains makes the
 * browser paint the whole page again, the static map too (with the GPU rasterising in software
 * that is a few hundred ms per face, on the thread the map's WebGL waits on). Added here, while
 * the page is idle (with the prefetch) or in the frame of the gesture that starts the map (which
 * repaints the page anyway), the repaint comes before the map draws.
 *
 * They are added before they load, although a face added once loaded repaints the page once
 * rather than twice: MapLibre waits for a label's font (`document.fonts.load`) only if the face
 * is already in the page's fonts, so the map would have to wait for them itself, and side by
 * side that start was slower (1.69 s against 1.43 s engaged at load, medians of 12).
 */

const faces = new Map<string, { face: FontFace; arabic: boolean }>();
let arabicReady = false;

const fontApi = () => typeof FontFace === 'function' && Boolean(document.fonts);

/**
 * Adds the faces to the page's fonts (once), without loading them: nothing is fetched, and MapLibre
 * will wait for a face it needs to load. `base` is the site's root, the files are under its fonts/
 * (static/fonts/).
 */
export function addMapFonts(base: string): void {
	if (!fontApi()) return;
	for (const f of mapFontFaces(`${base}fonts/`)) {
		const key = `${f.family} ${f.url}`;
		if (faces.has(key)) continue;
		const face = new FontFace(f.family, `url(${f.url})`, {
			unicodeRange: f.unicodeRange,
			weight: f.weight,
			style: f.style
		});
		document.fonts.add(face);
		faces.set(key, { face, arabic: f.arabic });
	}
}

/**
 * Adds the faces (addMapFonts) and loads the Latin ones, and the Naskh ones when `arabic`.
 * Resolves when those are loaded; a face that fails to load is left out (MapLibre draws with the
 * browser's own sans-serif then).
 */
export async function loadMapFonts(base: string, arabic: boolean): Promise<void> {
	if (!fontApi()) return;
	addMapFonts(base);
	const wanted = [...faces.values()].filter((f) => arabic || !f.arabic);
	await Promise.all(wanted.map(({ face }) => face.load().catch(() => undefined)));
	if (arabic) arabicReady = true;
}

/** Whether the Naskh faces have loaded (or failed): labels with Urdu or Dari names may be drawn. */
export function arabicFontReady(): boolean {
	return arabicReady;
}
