// The page's CSS drawn from the map's palette and symbols: the accent colour and the map key's
// swatches, light and dark. Built into the site's stylesheet (src/build/symbol-css-plugin.ts), so
// it needs no script; each colour is light-dark(), which follows the page's colour scheme (the
// reader's, or an embed's forced theme).
import { palettes, type Palette } from './palette.ts';
import { SYMBOL_KEYS, svgDash, symbolPaint, type SymbolKey } from './symbols.ts';

const lightDark = (light: string, dark: string) =>
	light === dark ? light : `light-dark(${light},${dark})`;

const paletteColour = (colour: keyof Palette) =>
	lightDark(palettes.light[colour], palettes.dark[colour]);

function swatchRule(key: SymbolKey): string {
	const light = symbolPaint(key, 'light');
	const dark = symbolPaint(key, 'dark');
	const rules = [
		light.fill && dark.fill ? `fill:${lightDark(light.fill.color, dark.fill.color)}` : 'fill:none',
		...(light.fill && light.fill.opacity !== 1 ? [`fill-opacity:${light.fill.opacity}`] : []),
		...(light.stroke && dark.stroke
			? [
					`stroke:${lightDark(light.stroke.color, dark.stroke.color)}`,
					`stroke-width:${light.stroke.width}`
				]
			: []),
		...(light.stroke?.dash ? [`stroke-dasharray:${svgDash(light.stroke)}`] : [])
	];
	return `.swatch-${key}>*{${rules.join(';')}}`;
}

/**
 * `--accent` (the page's accent is the map's), `--map-land` behind each swatch (a symbol is seen
 * on land), and one rule per symbol for its swatch in the map key (story/legend.ts).
 */
export function symbolCss(): string {
	return [
		`:root{--accent:${paletteColour('accent')};--map-land:${paletteColour('land')}}`,
		...SYMBOL_KEYS.map(swatchRule)
	].join('\n');
}
