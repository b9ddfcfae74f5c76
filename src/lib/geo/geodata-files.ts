/** The geodata files the build writes to a story's geodata folder (`storyGeodataDir`). */
export const GEODATA_FILES = {
	topology: 'basemap.topo.json',
	features: 'features.geojson'
} as const;

/** A story's region (src/lib/story/region-schema.ts), a file of its folder. */
export const REGION_FILE = 'region.yaml';

/**
 * Where a story's geodata is, under the site's root (and under static/ in the project): the
 * default story's is the site's default geodata, `geodata/`; every other story with a region
 * has its own, `geodata/<story>/`.
 */
export const storyGeodataDir = (story?: string): string =>
	story ? `geodata/${story}/` : 'geodata/';
