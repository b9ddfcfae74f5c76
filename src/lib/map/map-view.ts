import type { CameraTarget, Padding } from '$lib/story/camera';
import type { StepMap } from '$lib/story/story';
import type { Theme } from './style';
import { perfMark } from '$lib/perf-marks';
import { REQUEST_TIMEOUT_MS, withDeadline } from './deadline';
import { MapUnavailable, NO_CONNECTION, tooSlow } from './map-error';

export interface MapViewOptions {
	container: HTMLElement;
	theme: Theme;
	/** URL prefix of the site's geodata and fonts, e.g. `/` or `https://example.org/story/`. */
	base: string;
	/** The story's geodata folder under `base` (`Story.geodata`): `geodata/` or `geodata/<story>/`. */
	geodata: string;
	/** Space the framed features keep clear of, measured when needed (it follows the layout). */
	padding: () => Padding;
	reducedMotion: boolean;
	/** Every label's size times this (style.ts); 1 unless the medium asks for more. */
	labelScale?: number;
	/** The step the map opens on, placed without animation. */
	initial: StepMap;
	/** Called when the camera has finished moving for the move tagged `index`. */
	onSettle: (index: number, camera: CameraTarget) => void;
	/** Called with the id of the place or area a reader clicks while exploring. */
	onPick?: (fid: string) => void;
	/**
	 * Called when the browser takes the map's WebGL context away (a GPU reset, too many contexts):
	 * nothing is drawn and no move settles until `onRestored`. The view's methods stay safe to call.
	 */
	onLost: () => void;
	/** Called once the context is back and the map has drawn again; the next `show` settles. */
	onRestored: () => void;
}

/** The one interface the rest of the site has to the live map; MapLibre stays behind it. */
export interface MapView {
	/** Shows a step's map; cameras are in the reference square (story/camera.ts). */
	show(step: StepMap, options?: { animate?: boolean }): void;
	/**
	 * Shows a place between steps, with the step's native names and no settle announcement; the
	 * next `show` returns to the story.
	 */
	preview(view: Pick<StepMap, 'camera'> & { map: Pick<StepMap['map'], 'features'> }): void;
	/** Lets the reader pan, zoom and click places (true), or locks the map to the story (false). */
	setExplore(on: boolean): void;
	/** Fetches what showing `step` will need (its label fonts), so that moving there never waits. */
	prefetch(step: StepMap): void;
	/**
	 * Works out, one step per idle moment and in the order given, what showing each of `steps`
	 * needs (where its names fit), so that a step change only looks it up.
	 */
	prepare(steps: readonly StepMap[]): void;
	setTheme(theme: Theme): void;
	setReducedMotion(reduce: boolean): void;
	/** Re-frames the current step after the container changed size. */
	resize(): void;
	destroy(): void;
}

const NO_WEBGL = 'This browser cannot draw the interactive map (no WebGL).';

/**
 * False when this browser has no WebGL2 at all, so MapLibre is not even downloaded. Whether a
 * context can really be had is left to MapLibre: creating a throwaway one here cost 1.1 s with
 * software rendering, all of it on the main thread.
 */
export function hasWebGL(): boolean {
	return typeof WebGL2RenderingContext === 'function';
}

/**
 * Loads MapLibre and the geodata, then draws the map. Rejects with a MapUnavailable, whose message
 * is for the reader; no request is waited for longer than REQUEST_TIMEOUT_MS.
 */
export async function createMapView(options: MapViewOptions): Promise<MapView> {
	if (!hasWebGL()) throw new MapUnavailable(NO_WEBGL, 'no-webgl');
	perfMark('map-start');
	// Both chunks are asked for at once. The downloads' module (small, and with the geodata's
	// decoder) is not in the page's first JS: nothing of it is needed before the reader engages.
	const code = <T>(load: () => Promise<T>) =>
		withDeadline(
			() =>
				load().catch((error: unknown) => {
					throw new MapUnavailable(NO_CONNECTION, 'code', { cause: error });
				}),
			REQUEST_TIMEOUT_MS,
			tooSlow
		);
	const view = code(() => import('./maplibre-view'));
	view.catch(() => undefined);
	const { startMapDownloads } = await code(() => import('./map-downloads'));
	const downloads = startMapDownloads(
		options.base,
		options.geodata,
		options.initial.map.nativeNames
	);
	const { createMapLibreView } = await view;
	return createMapLibreView(options, downloads, NO_WEBGL);
}
