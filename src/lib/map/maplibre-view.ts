import * as maplibregl from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { decodeBasemap } from '$lib/geo/basemap';
import { cameraForPanel, frameSide, type CameraTarget } from '$lib/story/camera';
import type { StepMap } from '$lib/story/story';
import { buildStyle, stepLayerUpdates, type Theme } from './style';
import { stepView, type StepView } from './step-filters';
import { idleQueue, inNextTask } from '$lib/reading/first-paint';
import type { MapView, MapViewOptions } from './map-view';
import type { MapDownloads } from './map-downloads';
import { arabicFontReady, loadMapFonts } from './map-fonts';
import { REQUEST_TIMEOUT_MS, withDeadline } from './deadline';
import { MapUnavailable, tooSlow } from './map-error';
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
/** Resolves once the map has drawn a whole view, or after TAKEOVER_WAIT_MS if a source is slow. */
function whenDrawn(map: maplibregl.Map): Promise<void> {
	return new Promise<void>((resolve) => {
		const timer = setTimeout(resolve, TAKEOVER_WAIT_MS);
		map.once('idle', () => {
			clearTimeout(timer);
			resolve();
		});
	});
}

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
	/** The label points the map's `labels` source holds (JSON), to skip reloading the same. */
	let labelPoints: string | undefined;
	/** The labels' JSON, by collection: compared on every step change, the same for each. */
	const labelJson = new WeakMap<FeatureCollection, string>();
	const jsonOf = (labels: FeatureCollection) => {
		const known = labelJson.get(labels);
		if (known !== undefined) return known;
		const json = JSON.stringify(labels);
		labelJson.set(labels, json);
		return json;
	};
	let destroyed = false;
	/** The Naskh font on its way, and the labels applied again once it is there. */
	let arabicComing: Promise<void> | undefined;
	/**
	 * The view as it can be drawn now: Urdu and Dari names wait for their font, which is then
	 * loaded. A label drawn before it would keep a stand-in font's letters for good.
	 */
	const drawable = (view: StepView): StepView => {
		if (!view.nativeNames || arabicFontReady()) return view;
		// A style still loading (the first, or a theme's) refuses filters, as MapLibre's own check
		// says (`_loaded`); its style.load applies the layers, names and all, once it is there.
		arabicComing ??= loadMapFonts(options.base, true).then(() => {
			if (!destroyed && map.style._loaded) applyLayers();
		});
		return { ...view, nativeNames: false };
	};
	// The style starts with the first step's label points, so the map loads them only once.
	const style = () => {
		const labels = stepLayerUpdates(drawable(stepView(current)), data).labels;
		labelPoints = labels && jsonOf(labels);
		return buildStyle({
			theme,
			data,
			labelScale: options.labelScale,
			labels
		});
	};
	const panelNow = () => ({
		width: container.clientWidth,
		height: container.clientHeight,
		padding: padding()
	});
	const target = (step: Pick<StepMap, 'camera'>) => {
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
		// No map to give the Naskh font's labels to, should it still arrive.
		destroyed = true;
		maplibregl.clearPrewarmedResources();
		throw new MapUnavailable(noWebGL, 'no-webgl', { cause: error });
	}
	map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
	// The picture is described by each step's text alternative, so the canvas is hidden from
	// assistive technology while it follows the story; its controls (scale, attribution) are not.
	const hideCanvas = (hidden: boolean) => {
		if (hidden) map.getCanvasContainer().setAttribute('aria-hidden', 'true');
		else map.getCanvasContainer().removeAttribute('aria-hidden');
	};
	hideCanvas(true);

	let shown: StepView = stepView(current);
	/** The browser took the WebGL context away: MapLibre has no style to change until it is back. */
	let lost = false;
	/** The theme of the style MapLibre last built: one chosen while the context was lost waits. */
	let drawnTheme = theme;
	// The updates come from stepLayerUpdates, which style.test.ts validates against the style
	// spec for every step; validating them again on each step change is main-thread time wasted.
	// MapLibre skips the layers whose filter or property did not change.
	const trusted = { validate: false };
	// The labels of steps to come, worked out while the page is idle (stepLabelCollection keeps
	// them): the step change then only looks them up.
	const ahead = idleQueue<StepMap>((step) => {
		const { labels } = stepLayerUpdates(stepView(step), data);
		if (labels) jsonOf(labels);
	});
	/** Cancels the layer updates of a flight under way that have not been applied yet. */
	let cancelLayersSoon: (() => void) | undefined;
	const applyLayers = () => {
		if (lost) return;
		const updates = stepLayerUpdates(drawable(shown), data, {
			framePx: frameSide(panelNow()),
			labelScale: options.labelScale ?? 1
		});
		// Only when they moved: reloading the source delays the map's next idle.
		const points = updates.labels && jsonOf(updates.labels);
		if (updates.labels && points !== labelPoints) {
			labelPoints = points;
			map.getSource<maplibregl.GeoJSONSource>('labels')?.setData(updates.labels);
		}
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
	// The labels MapLibre placed once the map is still, by fid: how tests see labels (the canvas
	// has no text to read), as data-camera-moves is how they see animation.
	// queryRenderedFeatures throws now and then while a symbol layer is laid out anew ("feature
	// index out of bounds": a MapLibre race, maplibre-gl-js issues 7752 and 8064); the map is
	// fine, so the query is left out this once.
	const rendered = (
		query: () => maplibregl.MapGeoJSONFeature[]
	): maplibregl.MapGeoJSONFeature[] | undefined => {
		try {
			return query();
		} catch {
			return undefined;
		}
	};
	map.on('idle', () => {
		if (lost) return;
		const layers = map
			.getStyle()
			.layers.filter((l) => l.type === 'symbol')
			.map((l) => l.id);
		const placed = rendered(() => map.queryRenderedFeatures({ layers }));
		// Another frame, another idle: the labels are read then.
		if (!placed) return map.triggerRepaint();
		const fids = placed.map((f) => String(f.properties?.fid));
		container.dataset.labels = [...new Set(fids)].sort().join(' ');
		// Where on the map (CSS px) each label written at a point stands, and in which layer: how
		// tests see that a route's name is not under the text card.
		const anchors = placed.flatMap((f) => {
			if (f.geometry.type !== 'Point') return [];
			const { x, y } = map.project(f.geometry.coordinates as [number, number]);
			return [
				[String(f.properties?.fid), { layer: f.layer.id, x: Math.round(x), y: Math.round(y) }]
			];
		});
		container.dataset.labelAnchors = JSON.stringify(Object.fromEntries(anchors));
	});
	map.on('click', (event) => {
		if (lost) return;
		const hit = (rendered(() => map.queryRenderedFeatures(event.point)) ?? [])
			.map((f) => String(f.properties?.fid ?? ''))
			.find((fid) => PICKABLE.some((kind) => fid.startsWith(kind)));
		if (hit) options.onPick?.(hit);
	});
	map.on('moveend', (event) => {
		const tag = (event as MoveTag).storyStep;
		if (tag !== undefined && !lost) options.onSettle(tag, readCamera());
	});
	map.on('style.load', applyLayers);
	map.on('movestart', (event) => {
		const tag = (event as MoveTag).storyStep;
		if (tag !== undefined) perfMark('movestart', tag);
	});
	map.once('idle', () => perfMark('map-idle'));

	// MapLibre keeps a copy of the style when the context is lost and rebuilds it on restore
	// (applyLayers runs again on its style.load); the reader is told meanwhile, and the story
	// goes on with the static maps.
	map.on('webglcontextlost', () => {
		lost = true;
		options.onLost();
	});
	map.on('webglcontextrestored', () => {
		lost = false;
		if (drawnTheme !== theme) {
			drawnTheme = theme;
			map.setStyle(style());
		}
		void whenDrawn(map).then(() => {
			if (!lost) options.onRestored();
		});
	});

	try {
		await withDeadline(
			() =>
				new Promise<void>((resolve, reject) => {
					map.once('load', () => resolve());
					map.once('error', (e) =>
						reject(new MapUnavailable(`The map could not be drawn: ${e.error.message}`, 'drawing'))
					);
				}),
			REQUEST_TIMEOUT_MS,
			tooSlow
		);
	} catch (error) {
		destroyed = true;
		map.remove();
		maplibregl.clearPrewarmedResources();
		throw error;
	}
	applyLayers();
	// Take over from the static map only once the first view is whole (tiles drawn, labels
	// placed): the reader never sees a half-drawn map, and the page's crossfade does not compete
	// with MapLibre's first frames for the GPU.
	await whenDrawn(map);

	return {
		show(step, { animate = true } = {}) {
			current = step;
			shown = stepView(step);
			// Without a context there is nothing to move: the view is remembered for onRestored.
			if (lost) return;
			const camera = target(step);
			const tag: MoveTag = { storyStep: step.index };
			// The camera starts moving at once. A flight's layers change a task later, as its 1.6 s
			// begin: the step change's own task (the page's update, the flight's first frame) then
			// stays short when the reader steps quickly (README, "Eighth round"). A jump settles at
			// once, and is announced with its layers in place.
			if (animate && !reducedMotion) {
				map.flyTo({ ...camera, duration: FLIGHT_MS }, tag);
				cancelLayersSoon ??= inNextTask(() => {
					cancelLayersSoon = undefined;
					applyLayers();
				});
			} else {
				map.jumpTo(camera, tag);
				applyLayers();
			}
		},
		prefetch(step) {
			void loadMapFonts(options.base, step.map.nativeNames);
		},
		prepare(steps) {
			ahead.push(...steps);
		},
		preview(view) {
			shown = { features: view.map.features, context: [], nativeNames: current.map.nativeNames };
			if (lost) return;
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
			if (lost) return;
			drawnTheme = theme;
			map.setStyle(style());
		},
		setReducedMotion(reduce) {
			reducedMotion = reduce;
		},
		resize() {
			// MapLibre sizes the canvas itself when the context comes back.
			if (lost) return;
			map.resize();
			map.jumpTo(target(current), { storyStep: current.index } satisfies MoveTag);
			// The frame's side on screen changed: so did the room its labels have.
			applyLayers();
		},
		destroy() {
			destroyed = true;
			ahead.stop();
			cancelLayersSoon?.();
			map.remove();
			maplibregl.clearPrewarmedResources();
		}
	};
}
