import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import stylesheetUrl from 'maplibre-gl/dist/maplibre-gl.css?url';
import { GEODATA_FILES } from '$lib/geo/geodata-files';

// Where the live map's files are, in a module of its own: the page needs these addresses before
// the reader engages (to prefetch them), and nothing of the code that fetches and decodes them.

export { GEODATA_FILES, stylesheetUrl, workerUrl };

/** A geodata file of a story: `geodata` is its folder under the site's root (`Story.geodata`). */
export const geodataUrl = (base: string, geodata: string, file: string): string =>
	`${base}${geodata}${file}`;

/**
 * Every file the first live view needs besides the code's chunks and the label fonts (which the
 * page loads as fonts, map-fonts.ts): MapLibre's worker and stylesheet, the story's geodata.
 */
export function mapFileUrls(base: string, geodata: string): string[] {
	return [
		workerUrl,
		stylesheetUrl,
		...Object.values(GEODATA_FILES).map((file) => geodataUrl(base, geodata, file))
	];
}
