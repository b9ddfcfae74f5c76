// What a step changes in the live map's style: which features each symbol layer and each label
// layer shows. Pure data: maplibre-view.ts applies it with setFilter and setLayoutProperty.
import type {
	ExpressionSpecification,
	FilterSpecification
} from '@maplibre/maplibre-gl-style-spec';
import {
	areaName,
	fidIn,
	isKind,
	isLabelOf,
	isLine,
	isPlace,
	isPolygon,
	labelText
} from './expressions';
import type { FeatureCollection } from 'geojson';
import type { BasemapData } from '$lib/geo/basemap';
import { FIT_PX, type CameraTarget } from '$lib/story/camera';
import { PHYSICAL_ZOOM, labelFramePolygon, stepLabelCollection } from './labels';
import {
	LAYER_SYMBOL,
	PLACE_SIZES,
	sizeAt,
	townFilter,
	type LayerId,
	type SymbolLayerId
} from './layers';
import { ANCHORS, anchorOffsets, anchorsInFrame } from './label-anchors';
import type { StepMap } from '$lib/story/story';
import { fidsBySymbol, stepRoles } from './symbols';

/**
 * What the live map's filters read of a step: its map as written, the provinces its caption
 * names (labelled like its own features) and its camera (where labels are moved into view).
 */
export type StepView = StepMap['map'] &
	Partial<Pick<StepMap, 'labelled'>> & { camera?: Pick<CameraTarget, 'center' | 'zoom'> };

/** A step's view for the filters: its map, the provinces its caption names, its camera. */
export const stepView = (step: StepMap): StepView => ({
	...step.map,
	labelled: step.labelled,
	camera: step.camera
});

export interface StepLayerUpdates {
	filters: Partial<Record<LayerId, FilterSpecification>>;
	layout: Partial<Record<LayerId, Record<string, unknown>>>;
	/** New data for the label points and lines (labels.ts), when the step has a camera and data. */
	labels?: FeatureCollection;
}

/** Symbol layers that always show the same features (the base map's borders). */
const STATIC_FILTERS: readonly SymbolLayerId[] = ['noted-border', 'country-borders'];

/** A guard on the geometry, where a source mixes points with lines or polygons. */
const GEOMETRY: Partial<Record<SymbolLayerId, ExpressionSpecification>> = {
	'area-fill': isPolygon,
	'area-line': isPolygon,
	'area-highlight-fill': isPolygon,
	'area-highlight-line': isPolygon,
	'route-line': isLine,
	'route-highlight-line': isLine,
	'place-dot': isPlace,
	'place-highlight-dot': isPlace
};

const all = (...conditions: ExpressionSpecification[]): FilterSpecification =>
	['all', ...conditions] as FilterSpecification;

/** The room the live map's labels have on this screen: its frame's side and the medium's label scale. */
export interface LabelRoom {
	framePx: number;
	labelScale: number;
}

/**
 * Each place label layer's anchors for the step: a place whose name would leave the frame on some
 * side keeps only the sides where it stays inside (label-anchors.ts); set every step, so that a
 * place narrowed on one step is free again on the next.
 */
function placeAnchors(
	step: StepView & { camera: Pick<CameraTarget, 'center' | 'zoom'> },
	roles: ReturnType<typeof stepRoles>,
	data: Pick<BasemapData, 'features'>,
	room: LabelRoom
): StepLayerUpdates['layout'] {
	const everywhere = ['literal', anchorOffsets(ANCHORS)];
	const zoom = step.camera.zoom + Math.log2(room.framePx / FIT_PX);
	const layout: StepLayerUpdates['layout'] = {};
	for (const [layer, role] of [
		['place-highlight-label', 'focus'],
		['place-label', 'context']
	] as const) {
		const fids = new Set(roles.filter((r) => r.role === role).map((r) => r.fid));
		const places = data.features.features.flatMap((f) =>
			fids.has(f.properties.fid) && f.geometry.type === 'Point'
				? [
						{
							fid: f.properties.fid,
							name: f.properties.name,
							at: f.geometry.coordinates,
							lines: step.nativeNames && f.properties.name_native ? 2 : 1
						}
					]
				: []
		);
		const size = sizeAt(PLACE_SIZES[layer], zoom) * room.labelScale;
		const narrowed = anchorsInFrame(places, step.camera, room.framePx, size);
		layout[layer] = {
			'text-variable-anchor-offset':
				narrowed.size === 0
					? everywhere
					: [
							'match',
							['get', 'fid'],
							...[...narrowed].flatMap(([fid, anchors]) => [
								fid,
								['literal', anchorOffsets(anchors)]
							]),
							everywhere
						]
		};
	}
	return layout;
}

export const NO_STEP: StepMap['map'] = { features: [], context: [], nativeNames: false };

/**
 * The filters of a step's symbol layers (each the features symbols.ts gives that layer's symbol)
 * and label layers, each complete and ready for setFilter, and the text-field of the labels that
 * can show native names. The style from buildStyle starts in the state of an empty step.
 */
export function stepLayerUpdates(
	step: StepView,
	data?: Pick<BasemapData, 'countries' | 'admin1' | 'water' | 'features'>,
	room?: LabelRoom
): StepLayerUpdates {
	const bySymbol = fidsBySymbol(step);
	const filters: Partial<Record<LayerId, FilterSpecification>> = {};
	for (const id of Object.keys(LAYER_SYMBOL) as SymbolLayerId[]) {
		if (STATIC_FILTERS.includes(id)) continue;
		const guard = GEOMETRY[id];
		const ids = fidIn(bySymbol.get(LAYER_SYMBOL[id]) ?? []);
		filters[id] = guard ? all(guard, ids) : all(ids);
	}

	const roles = stepRoles(step);
	const of = (prefix: string, role?: 'focus' | 'context') =>
		fidIn(
			roles
				.filter((r) => r.fid.startsWith(prefix) && (role === undefined || r.role === role))
				.map((r) => r.fid)
		);
	const provinces = fidIn([
		...roles.filter((r) => r.fid.startsWith('admin1:')).map((r) => r.fid),
		...(step.labelled ?? [])
	]);
	Object.assign(filters, {
		'admin1-label': all(isLabelOf('admin1'), provinces),
		'admin1-context-label': all(isLabelOf('admin1'), ['!', provinces]),
		'area-label': all(isPolygon, of('area:')),
		'route-label': all(isLabelOf('routes'), of('route:')),
		// The step's own physical labels at any zoom, the others from PHYSICAL_ZOOM on.
		'physical-label': all(
			isKind('physical'),
			['!', of('label:', 'focus')],
			['any', of('label:', 'context'), ['>=', ['zoom'], PHYSICAL_ZOOM]]
		),
		'physical-highlight-label': all(isKind('physical'), of('label:', 'focus')),
		'place-label': all(isPlace, of('place:', 'context')),
		'place-highlight-label': all(isPlace, of('place:', 'focus'))
	} satisfies Partial<Record<LayerId, FilterSpecification>>);

	if (step.camera) {
		// Towns and other physical names only inside the frame, as in the static map: beyond it a
		// name would be cut at the edge of some screens, or hidden under the text card.
		const framed: ExpressionSpecification = ['within', labelFramePolygon(step.camera)];
		filters['town-label'] = all(townFilter() as ExpressionSpecification, framed);
		filters['physical-label'] = all(filters['physical-label'] as ExpressionSpecification, framed);
	}

	const camera = step.camera;
	const anchors =
		data && camera && room ? placeAnchors({ ...step, camera }, roles, data, room) : {};
	const labels =
		data && step.camera
			? stepLabelCollection(
					data,
					step.camera,
					new Set([...roles.map((r) => r.fid), ...(step.labelled ?? [])])
				)
			: undefined;
	return {
		filters,
		...(labels ? { labels } : {}),
		layout: {
			'admin1-label': { 'text-field': labelText(step.nativeNames) },
			'area-label': { 'text-field': labelText(step.nativeNames, areaName) },
			'place-label': {
				'text-field': labelText(step.nativeNames),
				...anchors['place-label']
			},
			'place-highlight-label': {
				'text-field': labelText(step.nativeNames),
				...anchors['place-highlight-label']
			}
		}
	};
}
