import type { Feature, Geometry } from 'geojson';
import { baseSymbols, stepSymbols, type SymbolKey, type SymbolSpec } from '$lib/map/symbols';
import type { StepMap } from './story';

/** The symbols a map can show (map/symbols.ts); a step's key lists only those its map draws. */
export type LegendKey = SymbolKey;

/**
 * The drawing of each shape of swatch in the key (a symbol's `shape`); its colours come from the
 * page's CSS (map/symbol-css.ts).
 */
export const SWATCH_SHAPES: Record<SymbolSpec['shape'], string> = {
	area: '<rect x="1.5" y="1.5" width="21" height="11" rx="2"></rect>',
	line: '<line x1="1" y1="7" x2="23" y2="7"></line>',
	dot: '<circle cx="12" cy="7" r="4.5"></circle>'
};

/**
 * The key of a step's map, in a fixed order: the base map's borders (its borders of note where
 * the geodata has any) and the symbols of the features it shows.
 */
export function legendFor(
	map: StepMap['map'],
	lookup: (fid: string) => Feature<Geometry> | undefined,
	notedBorders = true
): LegendKey[] {
	return stepSymbols(map, (fid) => lookup(fid) !== undefined, baseSymbols(notedBorders));
}
