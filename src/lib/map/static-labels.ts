// The static map's labels: every label a step's map shows (labels.ts decides which), placed in
// priority order, each where it hides no label placed before it and stays inside the map. The
// step's own places, areas and regions are always placed (at their least crowded position);
// the others, towns above all, are left out where they would collide.
import { centerOfMass, booleanPointInPolygon, pointOnFeature } from '@turf/turf';
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import type { BasemapData, GeoFeature } from '$lib/geo/basemap';
import type { CameraTarget } from '$lib/story/camera';
import {
	LABEL_INSET,
	LABEL_PRIORITY,
	PHYSICAL_ZOOM,
	TOWNS_PER_MAP,
	WATER_ZOOM,
	holdsAny,
	namedProvinces,
	riverSection,
	routeLabelPoint,
	stepLabelPoints,
	storedLabelPoint,
	townRankLimit,
	type LabelKind
} from './labels';
import type { Palette } from './palette';
import type { Role } from './symbols';

type XY = [number, number];
type Anchor = 'right' | 'left' | 'top' | 'bottom' | 'center';
type Box = [x0: number, y0: number, x1: number, y1: number];

/** Each kind's class in the SVG's stylesheet and its size as a share of the base label size. */
export const LABEL_CLASS: Record<LabelKind, { cls: string; scale: number; upper?: boolean }> = {
	place: { cls: 'l-place-hl', scale: 1 },
	area: { cls: 'l-area', scale: 0.8 },
	'place-context': { cls: 'l-place', scale: 0.9 },
	route: { cls: 'l-route', scale: 0.72 },
	region: { cls: 'l-region', scale: 0.8 },
	country: { cls: 'l-country', scale: 0.78, upper: true },
	province: { cls: 'l-province', scale: 0.7 },
	physical: { cls: 'l-physical', scale: 0.76 },
	water: { cls: 'l-water', scale: 0.72 },
	town: { cls: 'l-town', scale: 0.66 }
};

interface Candidate {
	kind: LabelKind;
	fid: string;
	text: string;
	native?: string;
	at: XY;
	anchors: readonly Anchor[];
	/** Placed even where it collides: the step's own features are always named. */
	must: boolean;
	/** A town's dot, drawn only with its label. */
	dot?: boolean;
	/** Extra class (a highlighted physical label, the kind of a step's own region). */
	extra?: string;
	/** Written in capitals (country names). */
	upper: boolean;
	rank: number;
	/** Lines under the first, in its style (a long route name's rest, its "(illustrative)"). */
	sub?: readonly string[];
	/** The projected section a river's name follows (labels.ts riverSection), west to east. */
	path?: XY[];
}

export interface LabelInput {
	data: BasemapData;
	camera: Pick<CameraTarget, 'center' | 'zoom'>;
	/** The step's features with their roles (symbols.ts stepRoles). */
	roles: readonly { fid: string; role: Role }[];
	/** Countries and provinces the caption names: labelled like the step's own. */
	labelled: readonly string[];
	nativeNames: boolean;
	project: (lonLat: [number, number]) => XY | null;
	/** The SVG's side, and the reference square (the step's frame) in its pixels. */
	size: number;
	frame: { min: number; max: number };
	/** The base label size, in the SVG's pixels, and the largest shown on a screen as its share. */
	labelSize: number;
	shownScale: number;
	/** Dots already drawn (places): labels keep clear of them. */
	dots: readonly { at: XY; r: number }[];
}

const BESIDE: readonly Anchor[] = ['right', 'left', 'top', 'bottom'];
const MIDDLE: readonly Anchor[] = ['center', 'top', 'bottom'];
const GAP = 10;
const PAD = 3;

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The native name the pipeline chose for the feature's country (as the live map's labelText). */
const nativeName = (f: GeoFeature): string | undefined => f.properties.name_native;

/** Names longer than this are written on two lines (the live map wraps them too). */
export const WRAP_CHARS = 18;

/** A name on one line, or on two of about equal length where it is long. */
export function wrapped(name: string): string[] {
	if (name.length <= WRAP_CHARS) return [name];
	const words = name.split(' ');
	let best: string[] = [name];
	let longest = name.length;
	for (let i = 1; i < words.length; i++) {
		const lines = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
		const length = Math.max(...lines.map((l) => l.length));
		if (length < longest) [best, longest] = [lines, length];
	}
	return best;
}

function textWidth(text: string, size: number, upper: boolean): number {
	return text.length * size * (upper ? 0.72 : 0.56);
}

function boxFor(c: Candidate, anchor: Anchor, size: number): Box {
	const sub = c.sub ?? [];
	const w = Math.max(
		textWidth(c.text, size, c.upper),
		c.native ? textWidth(c.native, size * 0.9, false) : 0,
		...sub.map((line) => textWidth(line, size, false))
	);
	const h = size * 1.2 * (1 + (c.native ? 1 : 0) + sub.length);
	const [x, y] = c.at;
	// A district's seat is usually near its middle: its label moves a line or more away.
	const gap =
		c.kind === 'town'
			? GAP * 0.6
			: ['area', 'region', 'country'].includes(c.kind)
				? size * 1.4
				: GAP;
	switch (anchor) {
		case 'right':
			return [x + gap, y - h / 2, x + gap + w, y + h / 2];
		case 'left':
			return [x - gap - w, y - h / 2, x - gap, y + h / 2];
		case 'top':
			return [x - w / 2, y - gap - h, x + w / 2, y - gap];
		case 'bottom':
			return [x - w / 2, y + gap, x + w / 2, y + gap + h];
		case 'center':
			return [x - w / 2, y - h / 2, x + w / 2, y + h / 2];
	}
}

/**
 * The boxes a name written along a section covers: a line of text high around each point of the
 * section's middle stretch as long as the name (textPath centres it there).
 */
function alongPath(path: readonly XY[], width: number, size: number): Box[] {
	const lengths = [0];
	for (let i = 1; i < path.length; i++) {
		const [a, b] = [path[i - 1] as XY, path[i] as XY];
		lengths.push((lengths[i - 1] as number) + Math.hypot(b[0] - a[0], b[1] - a[1]));
	}
	const middle = (lengths[lengths.length - 1] as number) / 2;
	const half = size * 0.6;
	const boxes: Box[] = [];
	for (let i = 1; i < path.length; i++) {
		const [from, to] = [lengths[i - 1] as number, lengths[i] as number];
		if (to < middle - width / 2 || from > middle + width / 2) continue;
		const [a, b] = [path[i - 1] as XY, path[i] as XY];
		boxes.push([
			Math.min(a[0], b[0]) - half,
			Math.min(a[1], b[1]) - half,
			Math.max(a[0], b[0]) + half,
			Math.max(a[1], b[1]) + half
		]);
	}
	return boxes;
}

/**
 * A box as large as it is shown on the screen that shows labels largest (`k` times their size
 * here): a text grows away from the point its anchor holds, a path's name along the path.
 */
function grown(box: Box, anchor: Anchor, k: number): Box {
	const [w, h] = [(box[2] - box[0]) * k, (box[3] - box[1]) * k];
	const cy = (box[1] + box[3]) / 2;
	const [y0, y1] = [cy - h / 2, cy + h / 2];
	if (anchor === 'right') return [box[0], y0, box[0] + w, y1];
	if (anchor === 'left') return [box[2] - w, y0, box[2], y1];
	const cx = (box[0] + box[2]) / 2;
	return [cx - w / 2, y0, cx + w / 2, y1];
}

/**
 * An area's name, moved up or down by up to three line heights and then sideways:
 * the name of a district or province may sit anywhere inside it, and a crowded middle (the
 * district's seat, its province's name) is better left than written over.
 */
function nudged(box: Box): Box[] {
	const line = (box[3] - box[1]) * 0.75;
	const half = (box[2] - box[0]) / 2;
	const moves: [number, number][] = [
		[0, line],
		[0, -line],
		[0, 2 * line],
		[0, -2 * line],
		[0, 3 * line],
		[0, -3 * line],
		[half, 0],
		[-half, 0],
		// Then a whole width aside, level or a line or two off: still over a large country.
		...[0, line, -line, 2 * line, -2 * line].flatMap((dy): [number, number][] => [
			[2 * half, dy],
			[-2 * half, dy]
		])
	];
	return moves.map(([dx, dy]) => [box[0] + dx, box[1] + dy, box[2] + dx, box[3] + dy]);
}

const overlaps = (a: Box, b: Box) =>
	a[0] < b[2] + PAD && a[2] + PAD > b[0] && a[1] < b[3] + PAD && a[3] + PAD > b[1];

/** A name along a river's section: the section in the SVG's defs, the text on it. */
function textOnPath(c: Candidate, path: readonly XY[]): string {
	const id = `p-${c.fid.replace(/[^a-z0-9-]/gi, '-')}`;
	const d = path.map(([x, y], i) => `${i ? 'L' : 'M'}${Math.round(x)} ${Math.round(y)}`).join('');
	return (
		`<defs><path id="${id}" d="${d}"/></defs><text class="${LABEL_CLASS[c.kind].cls}" dy=".35em">` +
		`<textPath href="#${id}" startOffset="50%" text-anchor="middle">${escapeXml(c.text)}</textPath></text>`
	);
}

function textOf(c: Candidate, box: Box, anchor: Anchor, size: number): string {
	const spec = LABEL_CLASS[c.kind];
	const cls = [spec.cls, c.extra].filter(Boolean).join(' ');
	const align = anchor === 'right' ? 'start' : anchor === 'left' ? 'end' : 'middle';
	const x = align === 'start' ? box[0] : align === 'end' ? box[2] : (box[0] + box[2]) / 2;
	const baseline = Math.round(box[1] + size * 0.95);
	const anchorAttr = align === 'start' ? '' : ` text-anchor="${align}"`;
	const text = c.upper ? c.text.toUpperCase() : c.text;
	const main = `<text class="${cls}" x="${Math.round(x)}" y="${baseline}"${anchorAttr}>${escapeXml(text)}</text>`;
	if (c.sub) {
		return (
			main +
			c.sub
				.map(
					(line, i) =>
						`<text class="${cls}" x="${Math.round(x)}" y="${baseline}" dy="${1.2 * (i + 1)}em"` +
						`${anchorAttr}>${escapeXml(line)}</text>`
				)
				.join('')
		);
	}
	if (!c.native) return main;
	// A right-to-left line starts at its right end: "start" for it is the English line's "end". It
	// sits a line below in its own em, as the shown size follows the image's width (static-map.ts).
	const rtl = align === 'start' ? 'end' : align === 'end' ? 'start' : 'middle';
	return (
		main +
		`<text class="${cls} native" x="${Math.round(x)}" y="${baseline}" dy="1.3em" direction="rtl" ` +
		`text-anchor="${rtl}">${escapeXml(c.native)}</text>`
	);
}

const isAreal = (f: GeoFeature): f is Feature<Polygon | MultiPolygon, GeoFeature['properties']> =>
	f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon';

/** A point inside an area for its label: its centre of mass, or a point on it if that is outside. */
function areaPoint(f: GeoFeature): [number, number] {
	if (isAreal(f)) {
		const centre = centerOfMass(f).geometry.coordinates as [number, number];
		if (booleanPointInPolygon(centre, f)) return centre;
	}
	return pointOnFeature(f).geometry.coordinates as [number, number];
}

const pointOf = (f: GeoFeature) => (f.geometry as Point).coordinates as [number, number];

/** Every label a step's static map could show, before placement. */
function candidates(input: LabelInput): Candidate[] {
	const { data, camera, roles, nativeNames, project } = input;
	const index = new Map<string, GeoFeature>();
	for (const collection of Object.values(data)) {
		for (const f of collection.features) index.set(f.properties.fid, f);
	}
	const role = new Map(roles.map((r) => [r.fid, r.role]));
	const own = new Set([...role.keys(), ...input.labelled]);
	// The step's own places: a route's name keeps clear of their labels (as live, labels.ts).
	const stepPoints = data.features.features.flatMap((f) =>
		own.has(f.properties.fid) && f.geometry.type === 'Point' ? [f.geometry.coordinates] : []
	);
	const out: Candidate[] = [];
	const add = (
		f: GeoFeature,
		kind: LabelKind,
		lonLat: [number, number],
		o: Partial<
			Pick<Candidate, 'anchors' | 'must' | 'dot' | 'extra' | 'text' | 'rank' | 'sub' | 'path'>
		> = {}
	) => {
		const at = project(lonLat);
		if (!at) return;
		// Native names on the step's own features: on every province around them they crowd.
		const native = nativeNames && own.has(f.properties.fid) ? nativeName(f) : undefined;
		out.push({
			kind,
			fid: f.properties.fid,
			text: o.text ?? f.properties.name,
			...(native ? { native } : {}),
			at,
			anchors: o.anchors ?? MIDDLE,
			must: o.must ?? false,
			...(o.dot ? { dot: true } : {}),
			...(o.extra ? { extra: o.extra } : {}),
			upper: LABEL_CLASS[kind].upper === true || o.extra === LABEL_CLASS.country.cls,
			rank: o.rank ?? 0,
			...(o.sub ? { sub: o.sub } : {}),
			...(o.path ? { path: o.path } : {})
		});
	};

	for (const [fid, r] of role) {
		const f = index.get(fid);
		if (!f) continue;
		if (fid.startsWith('place:') && f.geometry.type === 'Point') {
			const lonLat = f.geometry.coordinates as [number, number];
			add(f, r === 'focus' ? 'place' : 'place-context', lonLat, { anchors: BESIDE, must: true });
		} else if (fid.startsWith('area:')) {
			const approx = f.properties.approximate === true ? ' (approx.)' : '';
			add(f, 'area', areaPoint(f), { must: true, text: `${f.properties.name}${approx}` });
		} else if (fid.startsWith('route:')) {
			const point = routeLabelPoint(f, camera, stepPoints);
			if (point) {
				const [first, ...rest] = wrapped(f.properties.name);
				add(f, 'route', point, { must: true, text: first, sub: [...rest, '(illustrative)'] });
			}
		} else if (fid.startsWith('label:') && f.geometry.type === 'Point') {
			add(f, 'physical', f.geometry.coordinates as [number, number], {
				must: true,
				...(r === 'focus' ? { extra: 'l-hl' } : {})
			});
		}
	}

	const provinces = namedProvinces(data.admin1.features, own, camera.zoom);
	const moved = stepLabelPoints(data, camera, own);
	const regionLabel = (f: GeoFeature, kind: 'country' | 'province') => {
		const at = moved.get(f.properties.fid) ?? storedLabelPoint(f);
		if (!at) return;
		const mine = own.has(f.properties.fid);
		// A map zoomed in names the country the step's places are in, whatever else crowds it:
		// without it a reader cannot tell which side of a border is which.
		const home = kind === 'country' && holdsAny(f, stepPoints);
		add(f, mine ? 'region' : kind, at, {
			must: mine || home,
			anchors: MIDDLE,
			...(mine ? { extra: LABEL_CLASS[kind].cls } : {})
		});
	};
	for (const f of data.countries.features) regionLabel(f, 'country');
	for (const f of provinces) regionLabel(f, 'province');

	for (const f of data.features.features) {
		if (
			f.properties.kind === 'physical' &&
			!own.has(f.properties.fid) &&
			camera.zoom >= PHYSICAL_ZOOM
		) {
			add(f, 'physical', pointOf(f));
		}
	}
	if (camera.zoom >= WATER_ZOOM) {
		for (const f of data.water.features) {
			if (f.properties.label !== true) continue;
			const section = riverSection(f, camera);
			const path = (section ?? [])
				.map((p) => project([p[0] as number, p[1] as number]))
				.filter((xy): xy is XY => xy !== null);
			if (section && path.length > 1) add(f, 'water', section[0] as [number, number], { path });
		}
	}
	const limit = townRankLimit(camera.zoom);
	for (const f of data.features.features) {
		const rank = f.properties.rank;
		if (!f.properties.fid.startsWith('town:') || typeof rank !== 'number' || rank > limit) continue;
		add(f, 'town', pointOf(f), {
			anchors: ['right', 'left'],
			dot: true,
			rank
		});
	}
	return out;
}

/** Names a forced label avoids writing over above all others: places and districts. */
const PLACE_KINDS: ReadonlySet<LabelKind> = new Set(['place', 'place-context', 'area']);
const PLACE_WEIGHT = 10;

/**
 * The labels of a step's static map, as SVG: those that must show first (a name written where it
 * crowds must find no optional name there before it: a neighbour's name placed first would be
 * written over), then highest priority first, each kind sized from `labelSize`. Town dots are
 * drawn with their labels (class `town`).
 */
export function renderLabels(input: LabelInput): string {
	const all = candidates(input).sort(
		(a, b) =>
			Number(b.must) - Number(a.must) ||
			LABEL_PRIORITY.indexOf(a.kind) - LABEL_PRIORITY.indexOf(b.kind) ||
			a.rank - b.rank
	);
	// What is placed, with how much writing over it costs: a place's dot or name most.
	const placed: { box: Box; weight: number }[] = input.dots.map(({ at: [x, y], r }) => ({
		box: [x - r, y - r, x + r, y + r],
		weight: PLACE_WEIGHT
	}));
	const margin = 4;
	const inMap = (b: Box) =>
		b[0] >= margin && b[1] >= margin && b[2] <= input.size - margin && b[3] <= input.size - margin;
	// Every screen shows the whole frame and only some of what is around it: a label inside the
	// frame at the largest size a screen shows it is never cut at a screen's edge (labels.ts).
	const inset = (input.frame.max - input.frame.min) * LABEL_INSET;
	const [lo, hi] = [input.frame.min + inset, input.frame.max - inset];
	const inFrame = (c: Candidate, anchor: Anchor, b: Box) => {
		const g = grown(b, anchor, input.shownScale);
		return g[0] >= lo && g[1] >= lo && g[2] <= hi && g[3] <= hi;
	};
	// A name centred on an area or a route may slide inward to fit the frame; one beside a dot
	// stays by its dot.
	const shiftedIn = (c: Candidate, anchor: Anchor, b: Box): Box => {
		if (c.dot || !c.anchors.includes('center')) return b;
		const g = grown(b, anchor, input.shownScale);
		const dx = g[0] < lo ? lo - g[0] : g[2] > hi ? hi - g[2] : 0;
		const dy = g[1] < lo ? lo - g[1] : g[3] > hi ? hi - g[3] : 0;
		// No further than keeps the name over its point (the step's own: beside it), so that a
		// name from beyond the frame stays out.
		const reach = c.must ? 1 : 0.5;
		if (Math.abs(dx) > (g[2] - g[0]) * reach || Math.abs(dy) > (g[3] - g[1]) * reach) return b;
		return [b[0] + dx, b[1] + dy, b[2] + dx, b[3] + dy];
	};
	const parts: string[] = [];
	const labelled = new Set<string>();
	let towns = 0;
	for (const c of all) {
		if (labelled.has(`${c.kind}|${c.fid}`)) continue;
		if (c.kind === 'town' && towns >= TOWNS_PER_MAP) continue;
		const size = Math.round(input.labelSize * LABEL_CLASS[c.kind].scale);
		// Collisions at the largest size a screen shows labels: no two overlap on a phone either.
		const k = input.shownScale;
		const crowded = (box: Box) =>
			placed.reduce((sum, p) => sum + (overlaps(p.box, box) ? p.weight : 0), 0);
		const weight = PLACE_KINDS.has(c.kind) ? PLACE_WEIGHT : 1;
		const hits = (box: Box, anchor: Anchor) => crowded(grown(box, anchor, k));
		if (c.path) {
			// A river's section lies inside the frame (labels.ts riverSection): only collisions matter.
			const boxes = alongPath(c.path, textWidth(c.text, size * k, false), size * k);
			if (boxes.some((b) => crowded(b) > 0)) continue;
			placed.push(...boxes.map((box) => ({ box, weight })));
			labelled.add(`${c.kind}|${c.fid}`);
			parts.push(textOnPath(c, c.path));
			continue;
		}
		const all = c.anchors.map((anchor) => ({
			anchor,
			box: shiftedIn(c, anchor, boxFor(c, anchor, size))
		}));
		const options = all
			.filter(({ anchor, box }) => inFrame(c, anchor, box))
			.map((o) => ({ ...o, hits: hits(o.box, o.anchor) }));
		const moved = c.anchors.includes('center')
			? nudged(boxFor(c, 'center', size))
					.filter((box) => inFrame(c, 'center', box))
					.map((box) => ({ anchor: 'center' as const, box, hits: hits(box, 'center') }))
			: [];
		const free = options.find((o) => o.hits === 0) ?? moved.find((o) => o.hits === 0);
		// The step's own names are written even where they crowd, in the frame if they fit there;
		// a country's or province's outside it only where some screen shows it (beyond the frame
		// a screen's edge may cut it: better left out).
		const fallback = c.must
			? (options.length
					? [...options, ...moved]
					: c.kind === 'region'
						? []
						: all
								.filter(({ box }) => inMap(box))
								.map((o) => ({ ...o, hits: hits(o.box, o.anchor) }))
				).sort((a, b) => a.hits - b.hits)[0]
			: undefined;
		const chosen = free ?? fallback;
		// The country a step's places lie in is named even where it crowds, but never over the
		// step's own places and districts: their names say more, and the two written over each
		// other say nothing (a district's name under its country's, seen in a wide embed).
		if (!chosen || (c.kind === 'country' && !free && chosen.hits >= PLACE_WEIGHT)) continue;
		placed.push({ box: grown(chosen.box, chosen.anchor, k), weight });
		labelled.add(`${c.kind}|${c.fid}`);
		if (c.dot) {
			const r = Math.max(2, Math.round(size * 0.2));
			placed.push({ box: [c.at[0] - r, c.at[1] - r, c.at[0] + r, c.at[1] + r], weight: 1 });
			parts.push(
				`<circle class="town" cx="${c.at[0].toFixed(1)}" cy="${c.at[1].toFixed(1)}" r="${r}"/>`
			);
			towns++;
		}
		parts.push(textOf(c, chosen.box, chosen.anchor, size));
	}
	return parts.join('');
}

/**
 * The labels' sizes in the SVG's stylesheet, shares of the custom property `--label` (the base
 * label size, the same in both themes): a small image changes only `--label` (static-map.ts).
 */
export function labelSizeCss(): string {
	const share = (n: number) => +n.toFixed(3);
	return Object.values(LABEL_CLASS)
		.map(
			({ cls, scale }) =>
				`.${cls}{font-size:calc(var(--label)*${share(scale)})}` +
				`.${cls}.native{font-size:calc(var(--label)*${share(scale * 0.9)})}`
		)
		.join('');
}

/** The labels' colours and faces in the SVG's stylesheet for one palette: the live map's. */
export function labelCss(p: Palette): string {
	return [
		`.l-place-hl{font-weight:600;fill:${p.accent}}`,
		`.l-area,.l-route,.l-physical,.l-water{font-style:italic}`,
		`.l-country{font-weight:600;letter-spacing:.08em;fill:${p.textMuted}}`,
		`.l-province,.l-route,.l-physical,.l-water,.l-town,.native{fill:${p.textMuted}}`,
		`.l-region.l-province{fill:${p.text}}`,
		`.l-physical{letter-spacing:.12em}.l-physical.l-hl{fill:${p.accent}}`,
		`.town{fill:${p.textMuted};stroke:${p.halo};stroke-width:1.5}`
	].join('');
}
