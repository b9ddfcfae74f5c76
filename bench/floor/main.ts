// The benchmark's floor: the least a page can do to show our map. The same maplibre-gl build,
// style (buildStyle) and geodata as the story page, the story's first camera, and nothing else:
// no story, no Svelte, no scrollama, MapLibre imported up front the way a bare map page does.
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Topology } from 'topojson-specification';
import { decodeBasemap, GEODATA_FILES, type GeoCollection } from '$lib/geo/basemap';
import { buildStyle } from '$lib/map/style';
import { loadMapFonts } from '$lib/map/map-fonts';
import { cameraForPanel, type CameraTarget } from '$lib/story/camera';
import { perfMark } from '$lib/perf-marks';

/** The story's first step camera (reference square), put in by bench/floor/build.ts. */
declare const __FLOOR_CAMERA__: CameraTarget;

const json = async <T>(url: string): Promise<T> => (await fetch(url)).json() as Promise<T>;

maplibregl.setWorkerUrl(workerUrl);
// Labels are drawn from the page's fonts, as on the story page.
void loadMapFonts('/', false);
const [topology, features] = await Promise.all([
	json<Topology>(`/geodata/${GEODATA_FILES.topology}`),
	json<GeoCollection>(`/geodata/${GEODATA_FILES.features}`)
]);
const container = document.getElementById('map') as HTMLElement;
const panel = {
	width: container.clientWidth,
	height: container.clientHeight,
	padding: { top: 0, right: 0, bottom: 0, left: 0 }
};
const map = new maplibregl.Map({
	container,
	style: buildStyle({
		theme: 'light',
		data: decodeBasemap(topology, features)
	}),
	...cameraForPanel(__FLOOR_CAMERA__, panel),
	interactive: false
});
map.once('idle', () => perfMark('map-idle'));
