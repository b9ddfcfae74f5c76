// The style's fonts: each text-font name MapLibre knows, and the self-hosted files behind it.
import type { FontFacesSpecification } from '@maplibre/maplibre-gl-style-spec';
import { FONT_FILES } from './fonts';

/** Fontsource's Latin subset range, so the Latin file is used only for the glyphs it has. */
const LATIN_RANGE = [
	'U+0000-00FF',
	'U+0131',
	'U+0152-0153',
	'U+02BB-02BC',
	'U+02C6',
	'U+02DA',
	'U+02DC',
	'U+0304',
	'U+0308',
	'U+0329',
	'U+2000-206F',
	'U+20AC',
	'U+2122',
	'U+2191',
	'U+2193',
	'U+2212',
	'U+2215',
	'U+FEFF',
	'U+FFFD'
];
/** Fontsource's Arabic subset range (Urdu and Dari letters, ZWNJ, Arabic presentation forms). */
const ARABIC_RANGE = [
	'U+0600-06FF',
	'U+0750-077F',
	'U+0870-088E',
	'U+0890-0891',
	'U+0897-08E1',
	'U+08E3-08FF',
	'U+200C-200E',
	'U+2010-2011',
	'U+204F',
	'U+2E41',
	'U+FB50-FDFF',
	'U+FE70-FE74',
	'U+FE76-FEFC'
];

type FontFile = (typeof FONT_FILES)[number]['file'];

export const REGULAR = 'Noto Sans Regular';
export const SEMIBOLD = 'Noto Sans SemiBold';
export const ITALIC = 'Noto Sans Italic';
const ARABIC_FILE: FontFile = 'noto-naskh-arabic-arabic-400-normal';

/**
 * Each text-font name maps to a Latin file plus the Naskh file for Urdu/Dari. The Arabic file
 * comes first so that the joiners it shares with the Latin range (ZWNJ in جلال‌آباد) are drawn
 * with the Arabic letters; MapLibre downloads a file only once a label needs one of its glyphs.
 */
export function fontFaces(fontBase: string): FontFacesSpecification {
	const face = (file: FontFile, range: string[]) => ({
		url: `${fontBase}${file}.woff2`,
		'unicode-range': range
	});
	const withArabic = (latin: FontFile) => [
		face(ARABIC_FILE, ARABIC_RANGE),
		face(latin, LATIN_RANGE)
	];
	return {
		[REGULAR]: withArabic('noto-sans-latin-400-normal'),
		[SEMIBOLD]: withArabic('noto-sans-latin-600-normal'),
		[ITALIC]: [face('noto-sans-latin-400-italic', LATIN_RANGE)]
	};
}
