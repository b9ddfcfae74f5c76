// The map's colours, light and dark: the one palette the live map, the static maps, the map key
// and the page's accent are drawn from (symbols.ts says which colour each symbol takes).

export type Theme = 'light' | 'dark';

/** Map colours, shared with the static SVG maps so both read the same. */
export interface Palette {
	/** Sea and everything beyond the data: the map's background. */
	background: string;
	/** Rivers and lakes. */
	water: string;
	/** The story's own land: the countries whose provinces its region draws. */
	land: string;
	/** Every other country. */
	landOther: string;
	/** International borders other than the region's borders of note. */
	countryBorder: string;
	/** Province borders inside the countries whose provinces are drawn. */
	adminBorder: string;
	/** The region's borders of note, always drawn dashed and darker than other borders. */
	notedBorder: string;
	/** Highlighted lines, points and label text: the one accent colour. */
	accent: string;
	/** Highlighted areas, drawn at low opacity. */
	accentFill: string;
	/** Labels. */
	text: string;
	/** Secondary labels: countries, physical features, context outlines. */
	textMuted: string;
	/** Halo behind labels and under the borders of note. */
	halo: string;
	/** Illustrative routes (dashed) when shown as context. */
	route: string;
	/** Approximate areas (soft fill, dashed outline) when shown as context. */
	approximate: string;
}

export const palettes: Record<Theme, Palette> = {
	light: {
		background: '#dce6ec',
		water: '#8fb3cc',
		land: '#f6f3ec',
		landOther: '#e8e5de',
		countryBorder: '#8e887e',
		adminBorder: '#bdb5a8',
		notedBorder: '#4a3527',
		accent: '#b83a0e',
		accentFill: '#e8642c',
		text: '#2a2724',
		textMuted: '#6a645c',
		halo: '#ffffff',
		route: '#5e4b8b',
		approximate: '#8a6a2f'
	},
	dark: {
		background: '#121a21',
		water: '#3d6582',
		land: '#2c2a27',
		landOther: '#201f1d',
		countryBorder: '#77716a',
		adminBorder: '#4d4943',
		notedBorder: '#e6cfae',
		accent: '#ff9a5c',
		accentFill: '#ff8a48',
		text: '#efebe4',
		textMuted: '#a9a39a',
		halo: '#121212',
		route: '#bba6ea',
		approximate: '#d9b877'
	}
};
