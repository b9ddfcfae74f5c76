/** The geodata files the build writes to static/geodata/. */
export const GEODATA_FILES = {
	topology: 'basemap.topo.json',
	features: 'features.geojson'
} as const;
