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

/** English label, or English plus the native name on a second line when it exists. */
export function labelText(
	nativeNames: boolean,
	english: ExpressionSpecification = ['get', 'name']
): DataDrivenPropertyValueSpecification<string> {
	if (!nativeNames) return english;
	return [
		'case',
		['has', 'name_native'],
		['format', english, {}, ['concat', '\n', ['get', 'name_native']], { 'font-scale': 0.95 }],
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

export const zoomed = (pairs: readonly number[]): ExpressionSpecification =>
	['interpolate', ['linear'], ['zoom'], ...pairs] as ExpressionSpecification;
