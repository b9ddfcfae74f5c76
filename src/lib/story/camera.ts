import { bbox } from '@turf/turf';
import type { Feature, Geometry } from 'geojson';
import type { StepMap } from './story';

/**
 * Framing convention shared by the live map and the static SVG maps: a step's features are fitted
 * into a centred square of FIT_PX (the "reference square"); a panel of any size shows the same
 * view scaled to its own largest centred square, less the padding. Because both renderers follow
 * it, MapLibre can take over from the static map without a jump.
 */
export const FIT_PX = 600;
/**
 * Features are fitted into the middle of the reference square, this much in from each side, so
 * points at the edge of a group keep room for their labels.
 */
export const FIT_MARGIN_PX = 75;
/** MapLibre's world is 512 px wide at zoom 0. */
export const TILE_PX = 512;
/** A single place (or a tight group) is never zoomed in closer than this unless the step says so. */
export const DEFAULT_MAX_ZOOM = 7.5;
export const MIN_ZOOM = 1;

export type LngLat = [number, number];
export type BBox = [west: number, south: number, east: number, north: number];

export interface CameraTarget {
	center: LngLat;
	zoom: number;
	bearing: number;
	pitch: number;
}

export interface Padding {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/** The map's box on screen and the space its features must keep clear of (the text, a margin). */
export interface Panel {
	width: number;
	height: number;
	padding: Padding;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** Web Mercator, normalised to [0, 1] across the world. */
export function mercator([lon, lat]: LngLat): [number, number] {
	const phi = (clamp(lat, -85.05113, 85.05113) * Math.PI) / 180;
	return [(lon + 180) / 360, (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2];
}

export function unmercator([x, y]: [number, number]): LngLat {
	const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
	return [x * 360 - 180, lat];
}

/** The camera that fits a bounding box into the reference square, capped at maxZoom. */
export function fitBounds(box: BBox, maxZoom = DEFAULT_MAX_ZOOM): CameraTarget {
	const [x0, y1] = mercator([box[0], box[1]]);
	const [x1, y0] = mercator([box[2], box[3]]);
	const span = Math.max(x1 - x0, y1 - y0);
	const zoom = span > 0 ? Math.log2((FIT_PX - 2 * FIT_MARGIN_PX) / (span * TILE_PX)) : maxZoom;
	return {
		center: unmercator([(x0 + x1) / 2, (y0 + y1) / 2]),
		zoom: clamp(zoom, MIN_ZOOM, maxZoom),
		bearing: 0,
		pitch: 0
	};
}

/** The bounding box of some features. */
export function boundsOf(features: readonly Feature<Geometry>[]): BBox {
	const [w, s, e, n] = bbox({ type: 'FeatureCollection', features: [...features] });
	return [w, s, e, n];
}

/**
 * A step's camera in the reference square: its explicit camera, or the one that frames its
 * features. `lookup` resolves feature ids (the story was validated, so they exist).
 */
export function stepCamera(
	map: StepMap['map'],
	lookup: (fid: string) => Feature<Geometry> | undefined
): CameraTarget {
	if (map.camera) {
		const { center, zoom, bearing = 0, pitch = 0 } = map.camera;
		return { center: [center[0], center[1]], zoom, bearing, pitch };
	}
	const features = map.features.flatMap((fid) => lookup(fid) ?? []);
	if (features.length === 0) throw new Error('a step camera needs features or an explicit camera');
	return fitBounds(boundsOf(features), map.maxZoom);
}

/**
 * Whether a camera's view of the reference square shows any part of a bounding box. A turned map
 * (bearing) is allowed the square's diagonal, so the answer errs towards "shows".
 */
export function showsBounds(camera: CameraTarget, box: BBox): boolean {
	const turned = camera.bearing % 360 === 0 ? 1 : Math.SQRT2;
	const half = (turned * FIT_PX) / (2 * TILE_PX * 2 ** camera.zoom);
	const [cx, cy] = mercator(camera.center);
	const [x0, y1] = mercator([box[0], box[1]]);
	const [x1, y0] = mercator([box[2], box[3]]);
	return x1 >= cx - half && x0 <= cx + half && y1 >= cy - half && y0 <= cy + half;
}

/** The side of the square, centred in the padded area, a panel frames its features in. */
export function frameSide({ width, height, padding: p }: Panel): number {
	return Math.max(1, Math.min(width - p.left - p.right, height - p.top - p.bottom));
}

/** The reference camera scaled to a real panel: same centre, zoom shifted by the size ratio. */
export function cameraForPanel(reference: CameraTarget, panel: Panel): CameraTarget {
	return { ...reference, zoom: reference.zoom + Math.log2(frameSide(panel) / FIT_PX) };
}

/**
 * The box of the world a panel shows (all of it, padding included) when it frames the reference
 * camera `reference`, north up; latitudes beyond Web Mercator's come out beyond ±85.05.
 */
export function viewBounds(reference: CameraTarget, panel: Panel): BBox {
	const { zoom, center } = cameraForPanel(reference, panel);
	const world = TILE_PX * 2 ** zoom;
	const { padding: p, width, height } = panel;
	// The camera's centre is the centre of the padded area.
	const [cx, cy] = mercator(center);
	const frameW = width - p.left - p.right;
	const frameH = height - p.top - p.bottom;
	const x0 = cx - (p.left + frameW / 2) / world;
	const x1 = cx + (p.right + frameW / 2) / world;
	const y0 = cy - (p.top + frameH / 2) / world;
	const y1 = cy + (p.bottom + frameH / 2) / world;
	const [west, north] = unmercatorUnclamped([x0, y0]);
	const [east, south] = unmercatorUnclamped([x1, y1]);
	return [west, south, east, north];
}

/** unmercator, with y beyond [0, 1] mapped past the poles' clamp (so a view off the world shows). */
function unmercatorUnclamped([x, y]: [number, number]): LngLat {
	const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
	return [x * 360 - 180, y < 0 ? 90 : y > 1 ? -90 : lat];
}
