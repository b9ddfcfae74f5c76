// What each step's map labels, for both renderers: one priority order (the step's own places and
// areas first, then the places its caption names, then countries, provinces, physical features
// and water, then towns), country and province labels moved into view when the step's frame
// shows only part of them, and the towns shown at each zoom. The live map (layers.ts,
// step-filters.ts) and the static maps (static-labels.ts) both read it from here.
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { BasemapData, GeoCollection, GeoFeature } from '$lib/geo/basemap';
import {
	FIT_PX,
	TILE_PX,
	mercator,
	unmercator,
	type BBox,
	type CameraTarget
} from '$lib/story/camera';

/** Kinds of label, highest priority first: a label is placed only where it does not hide one before it. */
export const LABEL_PRIORITY = [
	'place',
	'area',
	'place-context',
	'route',
	'country',
	'region',
	'province',
	'physical',
	'water',
	'town'
] as const;

export type LabelKind = (typeof LABEL_PRIORITY)[number];

/** MapLibre's symbol-sort-key: lower is placed first. */
export const sortKey = (kind: LabelKind): number => LABEL_PRIORITY.indexOf(kind);

/** From this zoom on every province the map draws is named, not only the step's. */
export const PROVINCE_ZOOM = 5.5;
/** Rivers are named from this zoom on (below it they are hairlines). */
export const WATER_ZOOM = 4;
/** Physical features the step does not name are labelled from this zoom on. */
export const PHYSICAL_ZOOM = 5;

/**
 * Towns shown at each zoom, by population rank (1 = largest): [from zoom, ranks up to]. A handful
 * per screen: a map of the whole region shows the largest cities, a province map its towns.
 */
export const TOWN_RANKS: readonly (readonly [zoom: number, maxRank: number])[] = [
	[0, 0],
	[3.5, 8],
	[4.5, 20],
	[5.5, 45],
	[6.5, 200]
];

export function townRankLimit(zoom: number): number {
	let limit = 0;
	for (const [from, max] of TOWN_RANKS) if (zoom >= from) limit = max;
	return limit;
}

/** At most this many towns in a step's static map (the live map's collisions thin them too). */
export const TOWNS_PER_MAP = 10;

/** The lon/lat box of a camera's centred square of `side` pixels (the reference square by default). */
export function frameBounds(camera: Pick<CameraTarget, 'center' | 'zoom'>, side = FIT_PX): BBox {
	const half = side / (2 * TILE_PX * 2 ** camera.zoom);
	const [cx, cy] = mercator(camera.center);
	const [west, north] = unmercator([cx - half, cy - half]);
	const [east, south] = unmercator([cx + half, cy + half]);
	return [west, south, east, north];
}

const inBox = ([lon, lat]: Position, [w, s, e, n]: BBox) =>
	(lon as number) >= w && (lon as number) <= e && (lat as number) >= s && (lat as number) <= n;

/** A box shrunk by `share` of its size on every side (`across` of its width at its sides). */
function inset([w, s, e, n]: BBox, share: number, across = share): BBox {
	const dx = (e - w) * across;
	const dy = (n - s) * share;
	return [w + dx, s + dy, e - dx, n - dy];
}

type Areal = Polygon | MultiPolygon;

/** Squared distance from p to the segment a–b, in degrees scaled to the latitude. */
function segmentDistance2(p: Position, a: Position, b: Position, kx: number): number {
	const [px, py] = [(p[0] as number) * kx, p[1] as number];
	const [ax, ay] = [(a[0] as number) * kx, a[1] as number];
	const [bx, by] = [(b[0] as number) * kx, b[1] as number];
	const dx = bx - ax;
	const dy = by - ay;
	const t =
		dx || dy
			? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
			: 0;
	const x = ax + t * dx - px;
	const y = ay + t * dy - py;
	return x * x + y * y;
}

type Ring = Position[];

/**
 * A ring clipped to a box (Sutherland–Hodgman, one box side at a time). Written here rather than
 * taken from turf: the live map's chunk carries it, and turf's clip and point-in-polygon weigh
 * 3 KB gzip more. A ring that leaves the box comes back along its sides, which is all a label's
 * search needs.
 */
export function clipRing(ring: readonly Position[], [w, s, e, n]: BBox): Ring {
	const sides: [(p: Position) => boolean, (a: Position, b: Position) => Position][] = [
		[(p) => (p[0] as number) >= w, (a, b) => cut(a, b, 0, w)],
		[(p) => (p[0] as number) <= e, (a, b) => cut(a, b, 0, e)],
		[(p) => (p[1] as number) >= s, (a, b) => cut(a, b, 1, s)],
		[(p) => (p[1] as number) <= n, (a, b) => cut(a, b, 1, n)]
	];
	let out: Ring = [...ring];
	for (const [inside, cross] of sides) {
		const input = out;
		out = [];
		for (let i = 0; i < input.length; i++) {
			const current = input[i] as Position;
			const previous = input[(i + input.length - 1) % input.length] as Position;
			if (inside(current)) {
				if (!inside(previous)) out.push(cross(previous, current));
				out.push(current);
			} else if (inside(previous)) {
				out.push(cross(previous, current));
			}
		}
	}
	return out;
}

/** Where the segment a–b crosses the line where coordinate `axis` is `value`. */
function cut(a: Position, b: Position, axis: 0 | 1, value: number): Position {
	const other = 1 - axis;
	const t = (value - (a[axis] as number)) / ((b[axis] as number) - (a[axis] as number));
	const point: Position = [0, 0];
	point[axis] = value;
	point[other] = (a[other] as number) + t * ((b[other] as number) - (a[other] as number));
	return point;
}

/** A ring's bounding box, [west, south, east, north]. */
function ringBox(ring: readonly Position[]): BBox {
	let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const [x, y] of ring as [number, number][]) {
		if (x < w) w = x;
		if (x > e) e = x;
		if (y < s) s = y;
		if (y > n) n = y;
	}
	return [w, s, e, n];
}

const boxesMeet = ([w, s, e, n]: BBox, [w2, s2, e2, n2]: BBox) =>
	w <= e2 && w2 <= e && s <= n2 && s2 <= n;

/**
 * Even-odd rule over every ring: inside an outer ring and outside its holes. A ring whose box
 * does not hold the point changes nothing (the ray to the east crosses it an even number of times,
 * or not at all), so only the others are walked: the labels' search asks this 196 times a feature
 * on every step change.
 */
function insideRings(
	rings: readonly Ring[],
	[x, y]: [number, number],
	boxes: readonly BBox[] = rings.map(ringBox)
): boolean {
	let inside = false;
	for (const [r, ring] of rings.entries()) {
		const [w, s, e, n] = boxes[r] as BBox;
		if (x < w || x > e || y < s || y > n) continue;
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const [xi, yi] = ring[i] as [number, number];
			const [xj, yj] = ring[j] as [number, number];
			if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
		}
	}
	return inside;
}

/** Whether a country's or province's land holds one of the points (a step's places). */
export function holdsAny(f: GeoFeature, points: readonly Position[]): boolean {
	const g = f.geometry;
	if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') return false;
	const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as Ring[][];
	return points.some((p) =>
		polygons.some((rings) => insideRings(rings, [p[0] as number, p[1] as number]))
	);
}

const GRID = 14;
/** Grid points this close to a step's own place (share of the box) are left to its label. */
const AVOID_SHARE = 0.22;

/**
 * The point of a polygon, within a box, farthest from its edges and the box's (a coarse pole of
 * inaccessibility on a grid): where its label sits best. Undefined when it covers too little of
 * the box to be worth a label.
 */
export function labelPointWithin(
	geometry: Areal,
	box: BBox,
	avoid: readonly Position[] = [],
	minShare = 0.03
): [number, number] | undefined {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	// A ring whose box misses the view's clips to nothing: it is not clipped at all.
	const rings = polygons
		.flat()
		.filter((ring) => boxesMeet(ringBox(ring), box))
		.map((ring) => clipRing(ring, box))
		.filter((ring) => ring.length > 2);
	if (rings.length === 0) return undefined;
	const boxes = rings.map(ringBox);
	const [w, s, e, n] = box;
	// The grid covers the visible part only, so a small province gets as fine a search as a country.
	const [gw, gs, ge, gn] = [
		Math.min(...boxes.map((b) => b[0])),
		Math.min(...boxes.map((b) => b[1])),
		Math.max(...boxes.map((b) => b[2])),
		Math.max(...boxes.map((b) => b[3]))
	];
	const kx = Math.cos((((s + n) / 2) * Math.PI) / 180);
	const near = (p: Position, at: Position) =>
		Math.abs((p[0] as number) - (at[0] as number)) < AVOID_SHARE * (e - w) &&
		Math.abs((p[1] as number) - (at[1] as number)) < (AVOID_SHARE / 2) * (n - s);
	let best: { at: [number, number]; d: number } | undefined;
	let inside = 0;
	for (let i = 0; i < GRID; i++) {
		for (let j = 0; j < GRID; j++) {
			const at: [number, number] = [
				gw + ((i + 0.5) / GRID) * (ge - gw),
				gs + ((j + 0.5) / GRID) * (gn - gs)
			];
			if (!insideRings(rings, at, boxes)) continue;
			inside++;
			if (avoid.some((p) => near(p, at))) continue;
			// The point's distance to the nearest edge; once it is no more than the best point's,
			// this point cannot win, and the rest of the edges need not be measured.
			let d = Infinity;
			const floor = best?.d ?? -Infinity;
			for (const ring of rings) {
				for (let k = 0; k < ring.length && d > floor; k++) {
					const next = ring[(k + 1) % ring.length] as Position;
					d = Math.min(d, segmentDistance2(at, ring[k] as Position, next, kx));
				}
				if (d <= floor) break;
			}
			if (!best || d > best.d) best = { at, d };
		}
	}
	const share = (inside / (GRID * GRID)) * (((ge - gw) * (gn - gs)) / ((e - w) * (n - s)));
	if (!best || share < minShare) return undefined;
	return [+best.at[0].toFixed(4), +best.at[1].toFixed(4)];
}

/** Whether a label at `at` would sit on the label of a step's place at `place`. */
function crowds(place: Position, at: Position, [w, s, e, n]: BBox): boolean {
	return (
		Math.abs((place[0] as number) - (at[0] as number)) < (AVOID_SHARE / 2) * (e - w) &&
		Math.abs((place[1] as number) - (at[1] as number)) < (AVOID_SHARE / 4) * (n - s)
	);
}

/** A label point of a country or province, as the pipeline stored it (label_lon, label_lat). */
export function storedLabelPoint(f: GeoFeature): [number, number] | undefined {
	const { label_lon: lon, label_lat: lat } = f.properties;
	return typeof lon === 'number' && typeof lat === 'number' ? [lon, lat] : undefined;
}

export interface ViewLabel {
	fid: string;
	name: string;
	layer: 'countries' | 'admin1';
	at: [number, number];
}

/**
 * Label points moved into a step's view: for each country or province shown in the frame whose
 * stored label point is outside it, the best point inside its visible part. On a map zoomed on the
 * border this says which country is on which side.
 */
export function viewLabelPoints(
	areas: readonly { layer: 'countries' | 'admin1'; feature: GeoFeature }[],
	frame: BBox,
	avoid: readonly Position[] = [],
	own: ReadonlySet<string> = new Set()
): ViewLabel[] {
	// A name is wider than it is tall: it keeps further from the frame's sides than from its top.
	const inner = inset(frame, 0.08, 0.16);
	return areas.flatMap(({ layer, feature }) => {
		const stored = storedLabelPoint(feature);
		if (!stored || (inBox(stored, inner) && !avoid.some((p) => crowds(p, stored, frame)))) {
			return [];
		}
		const geometry = feature.geometry;
		if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return [];
		// The step's own areas are named wherever a piece of them shows, crowded or small.
		const at =
			labelPointWithin(geometry, inner, avoid) ??
			(own.has(feature.properties.fid)
				? (labelPointWithin(geometry, inner, [], 0) ?? labelPointWithin(geometry, frame, [], 0))
				: undefined);
		return at ? [{ fid: feature.properties.fid, name: feature.properties.name, layer, at }] : [];
	});
}

/** The provinces whose names a step's map shows: its own, and at province zoom all of them. */
export function namedProvinces(
	provinces: readonly GeoFeature[],
	stepFids: ReadonlySet<string>,
	zoom: number
): GeoFeature[] {
	return provinces.filter((f) => stepFids.has(f.properties.fid) || zoom >= PROVINCE_ZOOM);
}

/** A step's country and province label points, those outside its frame moved into view. */
export function stepLabelPoints(
	data: Pick<BasemapData, 'countries' | 'admin1' | 'features'>,
	camera: Pick<CameraTarget, 'center' | 'zoom'>,
	stepFids: ReadonlySet<string>
): Map<string, [number, number]> {
	const provinces = namedProvinces(data.admin1.features, stepFids, camera.zoom);
	// The step's own places keep their surroundings for their labels.
	const avoid = data.features.features.flatMap((f) =>
		stepFids.has(f.properties.fid) && f.geometry.type === 'Point' ? [f.geometry.coordinates] : []
	);
	return new Map(
		viewLabelPoints(
			[
				...data.countries.features.map((feature) => ({ layer: 'countries' as const, feature })),
				...provinces.map((feature) => ({ layer: 'admin1' as const, feature }))
			],
			frameBounds(camera),
			avoid,
			stepFids
		).map((v) => [v.fid, v.at])
	);
}

/**
 * One label point per country and province (the live map's `labels` source): the anchor the
 * pipeline stored (label_lon, label_lat), or the step's point in view from `moved`. Labelling the
 * polygons themselves would repeat a name in every tile they cross.
 */
export function labelPointCollection(
	data: Pick<BasemapData, 'countries' | 'admin1'>,
	moved: ReadonlyMap<string, [number, number]> = new Map()
): FeatureCollection<Point> {
	const points = (collection: GeoCollection, layer: 'countries' | 'admin1') =>
		collection.features.flatMap((f): Feature<Point>[] => {
			const at = moved.get(f.properties.fid) ?? storedLabelPoint(f);
			if (!at) return [];
			return [
				{
					type: 'Feature',
					properties: { ...f.properties, layer },
					geometry: { type: 'Point', coordinates: at }
				}
			];
		});
	return {
		type: 'FeatureCollection',
		features: [...points(data.countries, 'countries'), ...points(data.admin1, 'admin1')]
	};
}

/**
 * Where labels may stand: the reference square less a margin. Every layout shows the whole square
 * clear of its text card (camera.ts), and its surroundings only in some: a label inside it is
 * never under the card nor cut at the edge of the screen, on any screen.
 */
export const LABEL_INSET = 0.04;

/** A step's frame in Web Mercator units (0–1 across the world): its box and its side. */
function mercatorFrame(camera: Pick<CameraTarget, 'center' | 'zoom'>, side = FIT_PX) {
	const s = side / (TILE_PX * 2 ** camera.zoom);
	const [cx, cy] = mercator(camera.center);
	return { cx, cy, s };
}

type MercatorPoint = [number, number];

/** The parts of a line or multi-line in Web Mercator. */
function mercatorParts(f: GeoFeature): MercatorPoint[][] {
	const g = f.geometry;
	const parts =
		g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [];
	return parts.map((part) => part.map((p) => mercator([p[0] as number, p[1] as number])));
}

/**
 * The point of an illustrative route its name is written at, in both renderers: on the route,
 * inside the step's frame with room for two lines of text around it (`margin`: shares of the
 * frame's side, across and down), as far as may be from the step's own places (whose labels
 * come first), and otherwise near the middle of the route's part in view.
 */
export function routeLabelPoint(
	route: GeoFeature,
	camera: Pick<CameraTarget, 'center' | 'zoom'>,
	avoid: readonly Position[] = [],
	margin: [number, number] = [0.22, 0.12]
): [number, number] | undefined {
	const { cx, cy, s } = mercatorFrame(camera);
	const inside = ([x, y]: MercatorPoint) =>
		Math.abs(x - cx) <= s * (0.5 - margin[0]) && Math.abs(y - cy) <= s * (0.5 - margin[1]);
	const samples: MercatorPoint[] = [];
	for (const part of mercatorParts(route)) {
		for (let i = 1; i < part.length; i++) {
			const [a, b] = [part[i - 1] as MercatorPoint, part[i] as MercatorPoint];
			const n = Math.max(1, Math.ceil((Math.hypot(b[0] - a[0], b[1] - a[1]) / s) * 40));
			for (let k = 0; k < n; k++) {
				const p: MercatorPoint = [a[0] + ((b[0] - a[0]) * k) / n, a[1] + ((b[1] - a[1]) * k) / n];
				if (inside(p)) samples.push(p);
			}
		}
	}
	if (samples.length === 0) return undefined;
	const places = avoid.map((p) => mercator([p[0] as number, p[1] as number]));
	// Clear of a place's label by a quarter of the frame is clear enough: then the middle wins.
	const clearance = (p: MercatorPoint) =>
		Math.min(0.25, ...places.map(([x, y]) => Math.hypot((p[0] - x) / 1.6, p[1] - y) / s));
	const middle = (samples.length - 1) / 2;
	let best = 0;
	samples.forEach((p, i) => {
		const [c, cBest] = [clearance(p), clearance(samples[best] as MercatorPoint)];
		if (c > cBest || (c === cBest && Math.abs(i - middle) < Math.abs(best - middle))) best = i;
	});
	const [lon, lat] = unmercator(samples[best] as MercatorPoint);
	return [+lon.toFixed(4), +lat.toFixed(4)];
}

/** A line with points added so that none is more than `step` from the next. */
function densified(line: readonly MercatorPoint[], step: number): MercatorPoint[] {
	const out: MercatorPoint[] = line.length ? [line[0] as MercatorPoint] : [];
	for (let i = 1; i < line.length; i++) {
		const [a, b] = [line[i - 1] as MercatorPoint, line[i] as MercatorPoint];
		const n = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / step));
		for (let k = 1; k <= n; k++) {
			out.push([a[0] + ((b[0] - a[0]) * k) / n, a[1] + ((b[1] - a[1]) * k) / n]);
		}
	}
	return out;
}

/**
 * The section of a river its name follows, in both renderers: inside the step's frame (less
 * `margin` of its side), `length` of the frame's side long, the straightest such stretch (nearest
 * the centre between equals), west to east so the name reads upright.
 */
export function riverSection(
	river: GeoFeature,
	camera: Pick<CameraTarget, 'center' | 'zoom'>,
	length = 0.3,
	margin = 0.1
): Position[] | undefined {
	const { cx, cy, s } = mercatorFrame(camera);
	const inside = ([x, y]: MercatorPoint) =>
		Math.abs(x - cx) <= s * (0.5 - margin) && Math.abs(y - cy) <= s * (0.5 - margin);
	const runs: MercatorPoint[][] = [];
	for (const part of mercatorParts(river)) {
		let run: MercatorPoint[] = [];
		for (const p of densified(part, s / 40)) {
			if (inside(p)) run.push(p);
			else {
				if (run.length > 1) runs.push(run);
				run = [];
			}
		}
		if (run.length > 1) runs.push(run);
	}
	const want = length * s;
	let best: { section: MercatorPoint[]; score: number } | undefined;
	for (const run of runs) {
		for (let i = 0; i < run.length - 1; i++) {
			let travelled = 0;
			let j = i;
			while (j < run.length - 1 && travelled < want) {
				const [a, b] = [run[j] as MercatorPoint, run[j + 1] as MercatorPoint];
				travelled += Math.hypot(b[0] - a[0], b[1] - a[1]);
				j++;
			}
			if (travelled < want) break;
			const [a, b] = [run[i] as MercatorPoint, run[j] as MercatorPoint];
			const straightness = Math.hypot(b[0] - a[0], b[1] - a[1]) / travelled;
			const off = Math.hypot((a[0] + b[0]) / 2 - cx, (a[1] + b[1]) / 2 - cy) / s;
			const score = straightness - off * 0.2;
			if (!best || score > best.score) best = { section: run.slice(i, j + 1), score };
		}
	}
	if (!best) return undefined;
	// Every fourth sample is detail enough for a name to follow, and a quarter of the bytes.
	const kept = best.section.filter((_, i, all) => i % 4 === 0 || i === all.length - 1);
	const section = kept.map((p) => {
		const [lon, lat] = unmercator(p);
		return [+lon.toFixed(4), +lat.toFixed(4)];
	});
	const first = section[0] as Position;
	const last = section[section.length - 1] as Position;
	return (first[0] as number) > (last[0] as number) ? section.reverse() : section;
}

/** Whether a point lies inside a step's frame, less LABEL_INSET of its side. */
export function inLabelFrame(camera: Pick<CameraTarget, 'center' | 'zoom'>, at: Position): boolean {
	return inBox(at, inset(frameBounds(camera), LABEL_INSET));
}

/**
 * The step's lines' label geometry for the live map's `labels` source (layer `routes`: a point
 * per route; layer `rivers`: a river's section), the same the static map writes its names at.
 */
export function stepLineLabels(
	data: Pick<BasemapData, 'water' | 'features'>,
	camera: Pick<CameraTarget, 'center' | 'zoom'>,
	stepFids: ReadonlySet<string>
): Feature[] {
	const avoid = data.features.features.flatMap((f) =>
		stepFids.has(f.properties.fid) && f.geometry.type === 'Point' ? [f.geometry.coordinates] : []
	);
	const routes = data.features.features.flatMap((f): Feature[] => {
		if (!f.properties.fid.startsWith('route:') || !stepFids.has(f.properties.fid)) return [];
		const at = routeLabelPoint(f, camera, avoid);
		const properties = { fid: f.properties.fid, name: f.properties.name, layer: 'routes' };
		return at
			? [{ type: 'Feature', properties, geometry: { type: 'Point', coordinates: at } }]
			: [];
	});
	const rivers =
		camera.zoom < WATER_ZOOM
			? []
			: data.water.features.flatMap((f): Feature[] => {
					// The rivers the region names (region.yaml `rivers`): the pipeline marks them `label`.
					if (f.properties.label !== true) return [];
					const section = riverSection(f, camera);
					const properties = { fid: f.properties.fid, name: f.properties.name, layer: 'rivers' };
					return section
						? [
								{
									type: 'Feature',
									properties,
									geometry: { type: 'LineString', coordinates: section }
								}
							]
						: [];
				});
	return [...routes, ...rivers];
}

type LabelData = Pick<BasemapData, 'countries' | 'admin1' | 'water' | 'features'>;

/** The collections made for each basemap, by camera and features: see stepLabelCollection. */
const collections = new WeakMap<LabelData, Map<string, FeatureCollection>>();

/**
 * The live map's `labels` source for a step: the country and province label points in its frame
 * (moved into view where needed; those outside it would be cut at some screen's edge or hidden
 * under the text, as the static map leaves them out), and its routes' and rivers' label geometry.
 * Made once for each camera and set of features, and the same object returned after that: the
 * search for where names fit is most of a step change's own work, so the live map works out the
 * steps ahead while the page is idle. Treat the result as read-only.
 */
export function stepLabelCollection(
	data: LabelData,
	camera: Pick<CameraTarget, 'center' | 'zoom'>,
	stepFids: ReadonlySet<string>
): FeatureCollection {
	const key = `${camera.center.join(' ')} ${camera.zoom} ${[...stepFids].sort().join(' ')}`;
	let made = collections.get(data);
	if (!made) collections.set(data, (made = new Map()));
	const known = made.get(key);
	if (known) return known;
	const collection = labelCollection(data, camera, stepFids);
	made.set(key, collection);
	return collection;
}

function labelCollection(
	data: LabelData,
	camera: Pick<CameraTarget, 'center' | 'zoom'>,
	stepFids: ReadonlySet<string>
): FeatureCollection {
	const points = labelPointCollection(data, stepLabelPoints(data, camera, stepFids));
	return {
		type: 'FeatureCollection',
		features: [
			...points.features.filter((f) => inLabelFrame(camera, f.geometry.coordinates)),
			...stepLineLabels(data, camera, stepFids)
		]
	};
}

/**
 * The step's label frame as a GeoJSON polygon, for the live map's `within` filters: a town or a
 * physical feature outside it is not named (the static map leaves it out too).
 */
export function labelFramePolygon(camera: Pick<CameraTarget, 'center' | 'zoom'>): Polygon {
	const [w, s, e, n] = inset(frameBounds(camera), LABEL_INSET);
	return {
		type: 'Polygon',
		coordinates: [
			[
				[w, s],
				[e, s],
				[e, n],
				[w, n],
				[w, s]
			]
		]
	};
}
