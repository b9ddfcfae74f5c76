// The label fonts: each text-font name the style uses, and the self-hosted files behind it.
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

/** One font face the page adds for the live map's labels (map-fonts.ts). */
export interface MapFontFace {
	/** A text-font name of the style. */
	family: string;
	url: string;
	unicodeRange: string;
	/**
	 * What MapLibre asks for: it draws a text-font name with the weight and style the name
	 * states (Regular 400, SemiBold 600, Italic italic). Declared so, the browser neither fakes
	 * bold nor slants the Naskh file, and draws each file as it is.
	 */
	weight: string;
	style: 'normal' | 'italic';
	/** The Naskh file, needed only by steps that show Urdu or Dari names. */
	arabic: boolean;
}

/**
 * Each text-font name maps to a Latin file plus the Naskh file for Urdu/Dari. The Arabic face is
 * listed, and added, after the Latin one: where two faces of a family cover a character the
 * browser takes the one added last, so the joiners the ranges share (ZWNJ in جلال‌آباد) are drawn
 * with the Arabic letters.
 */
export function mapFontFaces(fontBase: string): MapFontFace[] {
	const face = (
		family: string,
		file: FontFile,
		range: string[],
		weight: string,
		style: MapFontFace['style'] = 'normal'
	): MapFontFace => ({
		family,
		url: `${fontBase}${file}.woff2`,
		unicodeRange: range.join(', '),
		weight,
		style,
		arabic: file === ARABIC_FILE
	});
	return [
		face(REGULAR, 'noto-sans-latin-400-normal', LATIN_RANGE, '400'),
		face(REGULAR, ARABIC_FILE, ARABIC_RANGE, '400'),
		face(SEMIBOLD, 'noto-sans-latin-600-normal', LATIN_RANGE, '600'),
		face(SEMIBOLD, ARABIC_FILE, ARABIC_RANGE, '600'),
		face(ITALIC, 'noto-sans-latin-400-italic', LATIN_RANGE, '400', 'italic')
	];
}
