// The map's label fonts, in a module of their own so that the page can start downloading them
// (map-downloads.ts) without pulling the whole style into the first-paint JS.

/** The WOFF2 files in static/fonts/ and the @fontsource package each is copied from. */
export const FONT_FILES = [
	{ file: 'noto-sans-latin-400-normal', from: 'noto-sans' },
	{ file: 'noto-sans-latin-600-normal', from: 'noto-sans' },
	{ file: 'noto-sans-latin-400-italic', from: 'noto-sans' },
	{ file: 'noto-naskh-arabic-arabic-400-normal', from: 'noto-naskh-arabic' }
] as const;
