import * as maplibregl from 'maplibre-gl';
import { decodeBasemap } from '$lib/geo/basemap';
import { cameraForPanel, type CameraTarget } from '$lib/story/camera';
import { buildStyle, stepLayerUpdates, type StepView, type Theme } from './style';
import type { MapStep, MapView, MapViewOptions } from './map-view';
import { warmFonts, type MapDownloads } from './map-downloads';
import { perfMark } from '$lib/perf-marks';

/** What a reader exploring the map can click for its name and steps. */
const PICKABLE = ['place:', 'area:', 'admin1:'];

/** The interaction handlers explore mode switches on; the story itself never needs them. */
const HANDLERS = [
	'dragPan',
	'scrollZoom',
	'boxZoom',
	'doubleClickZoom',
	'keyboard',
	'touchZoomRotate'
] as const;

/**
 * Every flight takes this long: enough to read as travel, short enough that a reader stepping
 * quickly is never kept waiting. (MapLibre's `maxDuration` would turn long flights into jumps.)
 */
const FLIGHT_MS = 1600;

/** The longest the take-over waits for the first complete frame: a slow source must not keep the map out. */
const TAKEOVER_WAIT_MS = 4000;

interface MoveTag {
	storyStep?: number;
}

/**
 * The MapLibre implementation of MapView. Imported lazily, so MapLibre never blocks first paint;
 * `downloads` were started alongside this module. `noWebGL` is the message when MapLibre cannot
 * get a WebGL context.
 */
export async function createMapLibreView(
	options: MapViewOptions,
	downloads: MapDownloads,
	noWebGL: string
): Promise<MapView> {
	maplibregl.setWorkerUrl(downloads.workerUrl);
	// The worker starts up while the geodata is decoded and the map is set up.
	maplibregl.prewarm();
	const data = decodeBasemap(await downloads.topology, await downloads.features);
	await downloads.stylesheet;
	const { container, padding } = options;
	let theme = options.theme;
	let current = options.initial;
	let reducedMotion = options.reducedMotion;
	const style = () => buildStyle({ theme, data, fontBase: `${options.base}fonts/` });
	const panelNow = () => ({
		width: container.clientWidth,
		height: container.clientHeight,
		padding: padding()
	});
	const target = (step: MapStep) => {
		const panel = panelNow();
		return { ...cameraForPanel(step.camera, panel), padding: panel.padding };
	};

	let map: maplibregl.Map;
	try {
		map = new maplibregl.Map({
			container,
			style: style(),
			...target(current),
			interactive: false,
			attributionControl: { compact: true },
			fadeDuration: 150
		});
	} catch (error) {
		throw new Error(noWebGL, { cause: error });
	}
	map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
	// The picture is described by each step's text alternative, so the canvas is hidden from
	// assistive technology while it follows the story; its controls (scale, attribution) are not.
	const hideCanvas = (hidden: boolean) => {
		if (hidden) map.getCanvasContainer().setAttribute('aria-hidden', 'true');
		else map.getCanvasContainer().removeAttribute('aria-hidden');
	};
	hideCanvas(true);

	let shown: StepView = current;
	// The updates come from stepLayerUpdates, which style.test.ts validates against the style
	// spec for every step; validating them again on each step change is main-thread time wasted.
	// MapLibre skips the layers whose filter or property did not change.
	const trusted = { validate: false };
	const applyLayers = () => {
		const updates = stepLayerUpdates(shown);
		for (const [layer, filter] of Object.entries(updates.filters)) {
			map.setFilter(layer, filter, trusted);
		}
		for (const [layer, props] of Object.entries(updates.layout)) {
			for (const [prop, value] of Object.entries(props)) {
				map.setLayoutProperty(layer, prop as 'visibility', value as never, trusted);
			}
		}
	};

	const readCamera = (): CameraTarget => {
		const c = map.getCenter();
		return {
			center: [c.lng, c.lat],
			zoom: map.getZoom(),
			bearing: map.getBearing(),
			pitch: map.getPitch()
		};
	};

	// A count of camera moves on the container: how tests see animation (many moves) from a jump (one).
	let moves = 0;
	map.on('move', () => {
		container.dataset.cameraMoves = String(++moves);
	});
	map.on('click', (event) => {
		const hit = map
			.queryRenderedFeatures(event.point)
			.map((f) => String(f.properties?.fid ?? ''))
			.find((fid) => PICKABLE.some((kind) => fid.startsWith(kind)));
		if (hit) options.onPick?.(hit);
	});
	map.on('moveend', (event) => {
		const tag = (event as MoveTag).storyStep;
		if (tag !== undefined) options.onSettle(tag, readCamera());
	});
	map.on('style.load', applyLayers);
	map.on('movestart', (event) => {
		const tag = (event as MoveTag).storyStep;
		if (tag !== undefined) perfMark('movestart', tag);
	});
	map.once('idle', () => perfMark('map-idle'));

	await new Promise<void>((resolve, reject) => {
		map.once('load', () => resolve());
		map.once('error', (e) => reject(new Error(`The map could not be drawn: ${e.error.message}`)));
	});
	applyLayers();
	// Take over from the static map only once the first view is whole (tiles drawn, labels
	// placed): the reader never sees a half-drawn map, and the page's crossfade does not compete
	// with MapLibre's first frames for the GPU.
	await new Promise<void>((resolve) => {
		const timer = setTimeout(resolve, TAKEOVER_WAIT_MS);
		map.once('idle', () => {
			clearTimeout(timer);
			resolve();
		});
	});

	return {
		show(step, { animate = true } = {}) {
			current = step;
			shown = step;
			const camera = target(step);
			const tag: MoveTag = { storyStep: step.index };
			// The camera starts moving first; the step's layers change in the same task, so both
			// reach the same frame, but the move no longer waits for the layer updates.
			if (animate && !reducedMotion) map.flyTo({ ...camera, duration: FLIGHT_MS }, tag);
			else map.jumpTo(camera, tag);
			applyLayers();
		},
		prefetch(step) {
			warmFonts(options.base, step.nativeNames);
		},
		preview(view) {
			shown = { features: view.features, context: [], nativeNames: current.nativeNames };
			applyLayers();
			const camera = cameraForPanel(view.camera, panelNow());
			if (reducedMotion) map.jumpTo({ ...camera, padding: padding() });
			else map.flyTo({ ...camera, padding: padding(), duration: FLIGHT_MS });
		},
		setExplore(on) {
			for (const handler of HANDLERS) {
				if (on) map[handler].enable();
				else map[handler].disable();
			}
			// Built non-interactive, the map leaves the canvas out of the tab order; exploring lets
			// keyboard users in, and out again when the map is locked to the story.
			map.getCanvas().tabIndex = on ? 0 : -1;
			map.getCanvasContainer().classList.toggle('maplibregl-interactive', on);
			hideCanvas(!on);
		},
		setTheme(next: Theme) {
			if (next === theme) return;
			theme = next;
			map.setStyle(style());
		},
		setReducedMotion(reduce) {
			reducedMotion = reduce;
		},
		resize() {
			map.resize();
			map.jumpTo(target(current), { storyStep: current.index } satisfies MoveTag);
		},
		destroy() {
			map.remove();
			maplibregl.clearPrewarmedResources();
		}
	};
}
