import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Topology } from 'topojson-specification';
import {
	decodeBasemap,
	GEODATA_FILES,
	type BasemapData,
	type GeoCollection
} from '$lib/geo/basemap';
import { cameraForPanel, type CameraTarget } from '$lib/story/camera';
import { buildStyle, stepLayerUpdates, type StepView, type Theme } from './style';
import type { MapStep, MapView, MapViewOptions } from './map-view';

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

interface MoveTag {
	storyStep?: number;
}

async function fetchJson<T>(url: string): Promise<T> {
	const response = await fetch(url);
	if (!response.ok)
		throw new Error(`The map data ${url} could not be loaded (${response.status}).`);
	return (await response.json()) as T;
}

async function loadBasemap(base: string): Promise<BasemapData> {
	const [topology, features] = await Promise.all([
		fetchJson<Topology>(`${base}geodata/${GEODATA_FILES.topology}`),
		fetchJson<GeoCollection>(`${base}geodata/${GEODATA_FILES.features}`)
	]);
	return decodeBasemap(topology, features);
}

/** The MapLibre implementation of MapView. Imported lazily, so MapLibre never blocks first paint. */
export async function createMapLibreView(options: MapViewOptions): Promise<MapView> {
	maplibregl.setWorkerUrl(workerUrl);
	const data = await loadBasemap(options.base);
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

	const map = new maplibregl.Map({
		container,
		style: style(),
		...target(current),
		interactive: false,
		attributionControl: { compact: true },
		fadeDuration: 150
	});
	map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
	// The picture is described by each step's text alternative, so the canvas is hidden from
	// assistive technology while it follows the story; its controls (scale, attribution) are not.
	const hideCanvas = (hidden: boolean) => {
		if (hidden) map.getCanvasContainer().setAttribute('aria-hidden', 'true');
		else map.getCanvasContainer().removeAttribute('aria-hidden');
	};
	hideCanvas(true);

	let shown: StepView = current;
	const applyLayers = () => {
		const updates = stepLayerUpdates(shown);
		for (const [layer, filter] of Object.entries(updates.filters)) map.setFilter(layer, filter);
		for (const [layer, props] of Object.entries(updates.layout)) {
			for (const [prop, value] of Object.entries(props)) {
				map.setLayoutProperty(layer, prop as 'visibility', value as never);
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

	await new Promise<void>((resolve, reject) => {
		map.once('load', () => resolve());
		map.once('error', (e) => reject(new Error(`The map could not be drawn: ${e.error.message}`)));
	});
	applyLayers();

	return {
		show(step, { animate = true } = {}) {
			current = step;
			shown = step;
			applyLayers();
			const camera = target(step);
			const tag: MoveTag = { storyStep: step.index };
			if (animate && !reducedMotion) map.flyTo({ ...camera, duration: FLIGHT_MS }, tag);
			else map.jumpTo(camera, tag);
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
		}
	};
}
