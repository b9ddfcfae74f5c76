// MapLibre expressions the layers and the step filters share.
import type {
	DataDrivenPropertyValueSpecification,
	ExpressionSpecification
} from '@maplibre/maplibre-gl-style-spec';

export const fid: ExpressionSpecification = ['get', 'fid'];

/** True for features whose fid is in `ids` (an empty list matches nothing). */
export function fidIn(ids: readonly string[]): ExpressionSpecification {
	return ['in', fid, ['literal', [...ids]]];
}

const PLACE_KINDS = ['capital', 'city', 'town', 'crossing', 'region'];
export const isPlace: ExpressionSpecification = [
	'match',
	['get', 'kind'],
	PLACE_KINDS,
	true,
	false
];
export const isKind = (kind: string): ExpressionSpecification => ['==', ['get', 'kind'], kind];
export const isPolygon: ExpressionSpecification = [
	'match',
	['geometry-type'],
	['Polygon', 'MultiPolygon'],
	true,
	false
];
export const isLine: ExpressionSpecification = [
	'match',
	['geometry-type'],
	['LineString', 'MultiLineString'],
	true,
	false
];

/** Label geometry of one kind in the `labels` source (labels.ts): by basemap layer, routes, rivers. */
export const isLabelOf = (
	layer: 'countries' | 'admin1' | 'routes' | 'rivers'
): ExpressionSpecification => ['==', ['get', 'layer'], layer];

/** Pakistani features carry Urdu first, Afghan ones Dari (Natural Earth admin-1 has both). */
const nativeName: ExpressionSpecification = [
	'case',
	['in', 'PK-', ['to-string', ['coalesce', ['get', 'admin1'], fid]]],
	['coalesce', ['get', 'name_ur'], ['get', 'name_fa']],
	['coalesce', ['get', 'name_fa'], ['get', 'name_ur']]
];

/** English label, or English plus the native name on a second line when it exists. */
export function labelText(
	nativeNames: boolean,
	english: ExpressionSpecification = ['get', 'name']
): DataDrivenPropertyValueSpecification<string> {
	if (!nativeNames) return english;
	return [
		'case',
		['any', ['has', 'name_ur'], ['has', 'name_fa']],
		['format', english, {}, ['concat', '\n', nativeName], { 'font-scale': 0.95 }],
		english
	] as ExpressionSpecification;
}

/** Approximate areas say so in their label. */
export const areaName: ExpressionSpecification = [
	'case',
	['==', ['get', 'approximate'], true],
	['concat', ['get', 'name'], ' (approx.)'],
	['get', 'name']
];

export const zoomed = (pairs: number[]): ExpressionSpecification =>
	['interpolate', ['linear'], ['zoom'], ...pairs] as ExpressionSpecification;
