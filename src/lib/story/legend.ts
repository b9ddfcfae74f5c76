import type { Feature, Geometry } from 'geojson';
import type { StepMap } from './story';

/** The symbols a map can show; a step's legend lists only those it uses. */
export type LegendKey =
	'highlight-area' | 'place' | 'context-area' | 'approximate' | 'route' | 'durand' | 'border';

export const LEGEND_LABELS: Record<LegendKey, string> = {
	'highlight-area': 'Area the step is about',
	place: 'Place named in the step',
	'context-area': 'Area shown for orientation',
	approximate: 'Approximate district area (no official boundary shipped)',
	route: 'Illustrative route, not a recorded path',
	durand: 'Afghanistan–Pakistan border (Durand Line)',
	border: 'International or province border'
};

const isArea = (f: Feature<Geometry>) =>
	f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon';

/** The legend of a step's map, in a fixed order, from the features it shows. */
export function legendFor(
	map: StepMap,
	lookup: (fid: string) => Feature<Geometry> | undefined
): LegendKey[] {
	const keys = new Set<LegendKey>();
	const visit = (fid: string, main: boolean) => {
		const f = lookup(fid);
		if (!f) return;
		const props = f.properties ?? {};
		if (props.approximate) keys.add('approximate');
		else if (props.illustrative) keys.add('route');
		else if (fid === 'line:durand') keys.add('durand');
		else if (isArea(f)) keys.add(main ? 'highlight-area' : 'context-area');
		else if (f.geometry.type === 'Point' && fid.startsWith('place:')) keys.add('place');
	};
	map.features.forEach((fid) => visit(fid, true));
	map.context.forEach((fid) => visit(fid, false));
	keys.add('durand');
	keys.add('border');
	const order = Object.keys(LEGEND_LABELS) as LegendKey[];
	return order.filter((k) => keys.has(k));
}
