import * as v from 'valibot';

/** Kebab-case: lowercase words joined by single hyphens. Slugs become element ids and URL hashes. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A catalogue feature id such as `place:peshawar` or `admin1:PK-KP` (see docs/architecture.md). */
const FEATURE_ID = /^[a-z0-9]+:[A-Za-z0-9-]+$/;

const nonEmpty = (what: string) =>
	v.pipe(v.string(`${what} must be text`), v.trim(), v.nonEmpty(`${what} must not be empty`));

const CameraSchema = v.strictObject({
	center: v.pipe(
		v.tuple([
			v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
			v.pipe(v.number(), v.minValue(-85), v.maxValue(85))
		]),
		v.description('[longitude, latitude]')
	),
	zoom: v.pipe(v.number(), v.minValue(0), v.maxValue(16)),
	bearing: v.optional(v.pipe(v.number(), v.minValue(-180), v.maxValue(180)), 0),
	pitch: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(60)), 0)
});

const FeatureList = v.array(
	v.pipe(v.string(), v.regex(FEATURE_ID, 'must look like "kind:id", e.g. "place:peshawar"'))
);

const StepMapSchema = v.strictObject({
	features: v.optional(FeatureList, []),
	context: v.optional(FeatureList, []),
	camera: v.optional(CameraSchema),
	maxZoom: v.optional(v.pipe(v.number(), v.minValue(1), v.maxValue(16))),
	nativeNames: v.optional(v.boolean(), false)
});

const StepSchema = v.pipe(
	v.strictObject({
		slug: v.pipe(v.string(), v.regex(SLUG, 'must be kebab-case, e.g. "lakki-marwat"')),
		paragraph: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
		heading: v.optional(nonEmpty('heading')),
		date: v.optional(v.pipe(v.union([v.string(), v.number()]), v.transform(String))),
		text: v.optional(nonEmpty('text')),
		caption: v.optional(nonEmpty('caption')),
		alt: nonEmpty('alt (the text alternative of the step’s map)'),
		speakerNotes: v.optional(nonEmpty('speakerNotes')),
		map: StepMapSchema
	}),
	v.check(
		(step) => step.text !== undefined || step.caption !== undefined,
		'a step needs essay text or, for a map beat, a caption'
	),
	v.check(
		(step) => (step.text === undefined) === (step.paragraph === undefined),
		'paragraph goes with text: a step with text names its paragraph, a map beat names none'
	),
	v.check(
		(step) => step.map.features.length > 0 || step.map.camera !== undefined,
		'map needs at least one feature or an explicit camera'
	)
);

export const StorySchema = v.strictObject({
	title: nonEmpty('title'),
	subtitle: v.optional(nonEmpty('subtitle')),
	lang: v.optional(v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/)), 'en'),
	essay: v.optional(nonEmpty('essay')),
	credit: v.optional(nonEmpty('credit')),
	steps: v.pipe(v.array(StepSchema), v.minLength(1, 'a story needs at least one step'))
});

export type StoryInput = v.InferInput<typeof StorySchema>;
export type StoryData = v.InferOutput<typeof StorySchema>;
export type StepData = StoryData['steps'][number];
export type Camera = v.InferOutput<typeof CameraSchema>;
