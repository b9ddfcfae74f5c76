import * as v from 'valibot';
import { LIMITS } from './limits';
import { forbiddenCharacter, quote } from './text-rules';
import { SLUG } from './story-id';

export { SLUG };
/** A catalogue feature id, `<kind>:<id>` (see docs/architecture.md). */
const FEATURE_ID = /^[a-z0-9]+:[A-Za-z0-9-]+$/;
/**
 * The essay is a plain file name in the story's own folder: no folder part, no `..`, no drive or
 * absolute path, so a story can never make the build read (and quote) a file outside its folder.
 */
export const PLAIN_FILE_NAME = /^(?!\.{1,2}$)[^/\\:\0]+$/;

const tooLong = (what: string, max: number) => (issue: { received: string }) =>
	`${what} is ${issue.received.replace('length ', '')} characters long; at most ${max} are allowed`;

/** Authored text: shown as text in every mode, so it must be printable, bounded and non-empty. */
const text = (what: string, max: number) =>
	v.pipe(
		v.string(`${what} must be text`),
		v.maxLength(max, tooLong(what, max)),
		v.rawCheck(({ dataset, addIssue }) => {
			// Over the limit it is already refused; scanning megabytes would only cost time.
			if (!dataset.typed || dataset.value.length > max) return;
			const found = forbiddenCharacter(dataset.value);
			if (found) addIssue({ message: `${what} ${found}` });
		}),
		v.trim(),
		v.nonEmpty(`${what} must not be empty`)
	);

/** A number a map can use: YAML's `.inf` and `.nan` are numbers too, and are refused here. */
const finite = (what: string) =>
	v.pipe(v.number(`${what} must be a finite number`), v.finite(`${what} must be a finite number`));

const between = (what: string, min: number, max: number, hint = '') =>
	v.pipe(
		finite(what),
		v.minValue(min, `${what} must be between ${min} and ${max}${hint}`),
		v.maxValue(max, `${what} must be between ${min} and ${max}${hint}`)
	);

const SWAP_HINT = ' (center is [longitude, latitude]: are they swapped?)';

const CameraSchema = v.strictObject({
	center: v.pipe(
		v.tuple(
			[between('longitude', -180, 180, SWAP_HINT), between('latitude', -85, 85, SWAP_HINT)],
			'center must be [longitude, latitude]'
		),
		v.description('[longitude, latitude]')
	),
	zoom: between('zoom', 0, 16),
	bearing: v.optional(between('bearing', -180, 180), 0),
	pitch: v.optional(between('pitch', 0, 60), 0)
});

const FeatureList = v.pipe(
	v.array(
		v.pipe(
			v.string('a feature id must be text'),
			v.maxLength(LIMITS.featureId, tooLong('a feature id', LIMITS.featureId)),
			v.regex(FEATURE_ID, 'must look like "kind:id", e.g. "place:peshawar"')
		),
		'must be a list of feature ids, e.g. [place:kyiv, admin1:UA-30]'
	),
	v.maxLength(LIMITS.features, `at most ${LIMITS.features} features are allowed`)
);

const StepMapSchema = v.strictObject(
	{
		features: v.optional(FeatureList, []),
		context: v.optional(FeatureList, []),
		camera: v.optional(CameraSchema),
		maxZoom: v.optional(between('maxZoom', 1, 16)),
		nativeNames: v.optional(v.boolean('nativeNames must be true or false'), false)
	},
	'map must be a set of fields (features, camera…)'
);

const StepSchema = v.pipe(
	v.strictObject(
		{
			slug: v.pipe(
				v.string('slug must be text'),
				v.maxLength(LIMITS.slug, tooLong('slug', LIMITS.slug)),
				v.regex(
					SLUG,
					(issue) => `${quote(String(issue.input))} must be kebab-case, e.g. "lakki-marwat"`
				)
			),
			paragraph: v.optional(
				v.pipe(
					v.number('paragraph must be a whole number'),
					v.integer('paragraph must be a whole number'),
					v.minValue(1, 'paragraph counts from 1')
				)
			),
			heading: v.optional(text('heading', LIMITS.heading)),
			date: v.optional(
				v.pipe(
					v.union([text('date', LIMITS.date), finite('date')], 'date must be text or a year'),
					v.transform(String)
				)
			),
			text: v.optional(text('text', LIMITS.text)),
			caption: v.optional(text('caption', LIMITS.caption)),
			alt: text('alt (the text alternative of the step’s map)', LIMITS.alt),
			speakerNotes: v.optional(text('speakerNotes', LIMITS.speakerNotes)),
			map: StepMapSchema
		},
		'a step must be a set of fields (slug, text, alt, map…)'
	),
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

export const StorySchema = v.strictObject(
	{
		title: text('title', LIMITS.title),
		subtitle: v.optional(text('subtitle', LIMITS.title)),
		/** The site's name on a home screen when this is the default story (the web app manifest). */
		shortTitle: v.optional(text('shortTitle', LIMITS.shortTitle)),
		/** One or two sentences for the /stories/ index. */
		summary: v.optional(text('summary', LIMITS.summary)),
		/** A draft is checked by `npm run check:story` but not built (docs/authoring.md). */
		draft: v.optional(v.boolean('draft must be true or false'), false),
		lang: v.optional(
			v.pipe(
				v.string('lang must be text'),
				v.maxLength(LIMITS.lang, tooLong('lang', LIMITS.lang)),
				v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'must be a language tag, e.g. "en" or "ur-PK"')
			),
			'en'
		),
		essay: v.optional(
			v.pipe(
				v.string('essay must be a file name'),
				v.maxLength(LIMITS.fileName, tooLong('essay', LIMITS.fileName)),
				v.regex(
					PLAIN_FILE_NAME,
					'must be a plain file name in the story’s folder, e.g. "essay.txt" (no folders, no "..")'
				)
			)
		),
		credit: v.optional(text('credit', LIMITS.credit)),
		steps: v.pipe(
			v.array(StepSchema, 'steps must be a list of steps'),
			v.minLength(1, 'a story needs at least one step'),
			v.maxLength(LIMITS.steps, `a story has at most ${LIMITS.steps} steps`)
		)
	},
	'a story must be a set of fields (title, steps…)'
);

/** The fields each kind of object in a story may have, to name them when an unknown one turns up. */
export const FIELDS = {
	story: Object.keys(StorySchema.entries),
	step: Object.keys(StepSchema.pipe[0].entries),
	map: Object.keys(StepMapSchema.entries),
	camera: Object.keys(CameraSchema.entries)
} as const;

export type StoryInput = v.InferInput<typeof StorySchema>;
export type StoryData = v.InferOutput<typeof StorySchema>;
export type StepData = StoryData['steps'][number];
export type Camera = v.InferOutput<typeof CameraSchema>;
