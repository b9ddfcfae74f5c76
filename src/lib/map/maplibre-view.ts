import * as maplibregl from 'maplibre-gl';
import { decodeBasemap } from '$lib/geo/basemap';
import { cameraForPanel, type CameraTarget } from '$lib/story/camera';
import { buildStyle, stepLayerUpdates, type Theme } from './style';
import type { MapStep, MapView, MapViewOptions } from './map-view';
import { warmFonts, type MapDownloads } from './map-downloads';
import { perfMark } from '$lib/perf-marks';

/** Long enough to read as travel, short enough that a reader stepping quickly is never kept waiting. */
const MAX_FLIGHT_MS = 2200;

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
	const target = (step: MapStep) => {
		const panel = {
			width: container.clientWidth,
			height: container.clientHeight,
			padding: padding()
		};
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

	// The updates come from stepLayerUpdates, which style.test.ts validates against the style
	// spec for every step; validating them again on each step change is main-thread time wasted.
	// MapLibre skips the layers whose filter or property did not change.
	const trusted = { validate: false };
	const applyLayers = () => {
		const updates = stepLayerUpdates(current);
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

	return {
		show(step, { animate = true } = {}) {
			current = step;
			const camera = target(step);
			const tag: MoveTag = { storyStep: step.index };
			// The camera starts moving first; the step's layers change in the same task, so both
			// reach the same frame, but the move no longer waits for the layer updates.
			if (animate && !reducedMotion) map.flyTo({ ...camera, maxDuration: MAX_FLIGHT_MS }, tag);
			else map.jumpTo(camera, tag);
			applyLayers();
		},
		prefetch(step) {
			warmFonts(options.base, step.nativeNames);
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
