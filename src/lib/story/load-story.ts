import * as v from 'valibot';
import { LineCounter, parseDocument, visit, type Document } from 'yaml';
import { SLUG, StorySchema, type StepData, type StoryData } from './story-schema';
import { StoryError, type StoryProblem } from './story-error';
import { stepTitle, yearsIn } from './step-title';
import { boundsOf, fitBounds, showsBounds, stepCamera, type CameraTarget } from './camera';
import { LIMITS } from './limits';
import { quote } from './text-rules';
import { deepestLine } from './yaml-depth';
import { unknownFieldMessage } from './story-fields';
import { legendFor } from './legend';
import { linkPlaces, type NamedFeature } from './place-links';
import type { Feature, Geometry } from 'geojson';
import type { Step, Story, StoryPlace } from './story';

export interface StorySource {
	/** The story's id (its content folder name). */
	id: string;
	/** Path shown in error messages, e.g. `frontier/story.yaml`. */
	file: string;
	yaml: string;
	/**
	 * Reads a file beside the story (its essay), or returns undefined when there is none; throws a
	 * StoryError when the file is there but unusable (a folder, too big, not UTF-8).
	 */
	readFile?: (name: string) => string | undefined;
}

/** The geodata catalogue: every feature by its id. */
export type Catalogue = ReadonlyMap<string, Feature<Geometry>>;

/**
 * Parses, validates and resolves a story. Throws a StoryError listing every problem found, each
 * naming the file, the step and the field.
 */
export function loadStory(source: StorySource, catalogue: Catalogue): Omit<Story, 'geodata'> {
	const lookup = (fid: string) => catalogue.get(fid);
	const raw = parseYaml(source);
	checkShape(source.file, raw);
	const result = v.safeParse(StorySchema, raw);
	if (!result.success) {
		throw new StoryError(result.issues.map((issue) => schemaProblem(source.file, raw, issue)));
	}
	const data = result.output;
	const problems = [
		...duplicateSlugs(source.file, data),
		...unknownFeatures(source.file, data, lookup),
		...essayProblems(source, data)
	];
	if (problems.length === 0) problems.push(...cameraProblems(source.file, data, catalogue));
	if (problems.length > 0) throw new StoryError(problems);
	const names = linkableNames(catalogue);
	// A caption's names: the text's, and the countries' (named on the map, never linked in the text).
	const captionNames = [...names, ...namesOf(catalogue, ['country:'])];
	const notedBorders = [...catalogue.values()].some((f) => f.properties?.noted === true);
	const steps = data.steps.map((step, index) =>
		toStep(step, index, catalogue, { names, captionNames, notedBorders })
	);
	return {
		id: source.id,
		title: data.title,
		subtitle: data.subtitle,
		summary: data.summary,
		draft: data.draft,
		lang: data.lang,
		credit: data.credit,
		steps,
		places: placesOf(steps, catalogue)
	};
}

const PLACE_MAX_ZOOM = 7;

/** Every linked or shown place or area, with its camera and the steps that name or show it. */
function placesOf(steps: readonly Step[], catalogue: Catalogue): Record<string, StoryPlace> {
	const places: Record<string, StoryPlace> = {};
	const mention = (fid: string, index: number) => {
		const f = catalogue.get(fid);
		if (!f || !LINKED_KINDS.some((kind) => fid.startsWith(kind))) return;
		const place = (places[fid] ??= {
			name: String(f.properties?.name ?? fid),
			camera: fitBounds(boundsOf([f]), PLACE_MAX_ZOOM),
			steps: []
		});
		if (!place.steps.includes(index)) place.steps.push(index);
	};
	for (const step of steps) {
		for (const seg of step.segments) if (seg.fid) mention(seg.fid, step.index);
		for (const fid of [...step.map.features, ...step.map.context]) mention(fid, step.index);
	}
	return places;
}

/** The parsed step as it is, with what the loader resolves from it (story.ts's `Step`). */
function toStep(
	step: StepData,
	index: number,
	catalogue: Catalogue,
	{
		names,
		captionNames,
		notedBorders
	}: { names: NamedFeature[]; captionNames: NamedFeature[]; notedBorders: boolean }
): Step {
	const lookup = (fid: string) => catalogue.get(fid);
	return {
		...step,
		index,
		title: stepTitle(step),
		years: yearsIn(step.date),
		camera: stepCamera(step.map, lookup),
		segments: step.text ? linkPlaces(step.text, names) : [],
		legend: legendFor(step.map, lookup, notedBorders),
		labelled: step.caption ? regionsNamed(step.caption, captionNames) : []
	};
}

/**
 * The countries and provinces a caption names, each once: a place of the same name outranks them
 * ("Kabul" names the city), as in the text's links.
 */
function regionsNamed(caption: string, names: NamedFeature[]): string[] {
	const fids = linkPlaces(caption, names).flatMap((seg) => (seg.fid ? [seg.fid] : []));
	return [
		...new Set(fids.filter((fid) => fid.startsWith('admin1:') || fid.startsWith('country:')))
	];
}

/** Feature kinds whose names become links in the text: places, provinces, district areas. */
const LINKED_KINDS = ['admin1:', 'area:', 'place:'];

/** Names that may be linked; a place outranks a province of the same name (Kabul). */
const linkableNames = (catalogue: Catalogue): NamedFeature[] => namesOf(catalogue, LINKED_KINDS);

/** The named features of some kinds, the earlier kinds first. */
function namesOf(catalogue: Catalogue, kinds: readonly string[]): NamedFeature[] {
	return [...catalogue.entries()]
		.filter(([fid]) => kinds.some((kind) => fid.startsWith(kind)))
		.map(([fid, f]) => ({ fid, name: String(f.properties?.name ?? '') }))
		.filter((f) => f.name !== '')
		.sort(
			(a, b) =>
				kinds.findIndex((k) => a.fid.startsWith(k)) - kinds.findIndex((k) => b.fid.startsWith(k))
		);
}

/** Parses the YAML text of a story, bounded: size, aliases and self-references fail with a message. */
function parseYaml(source: StorySource): unknown {
	const fail = (message: string): never => {
		throw new StoryError([{ file: source.file, message }]);
	};
	if (source.yaml.length > LIMITS.fileBytes) {
		fail(`is ${source.yaml.length} characters long; at most ${LIMITS.fileBytes} are allowed`);
	}
	const deep = deepestLine(source.yaml, LIMITS.depth);
	if (deep !== undefined) {
		fail(`not valid YAML: nests more than ${LIMITS.depth} levels deep at line ${deep}`);
	}
	const lines = new LineCounter();
	let doc: Document;
	try {
		doc = parseDocument(source.yaml, { prettyErrors: true, lineCounter: lines });
	} catch (error) {
		return fail(`could not be read as YAML (${errorText(error)})`);
	}
	if (doc.errors.length > 0) {
		throw new StoryError(
			doc.errors.map((e) => ({ file: source.file, message: `not valid YAML: ${e.message}` }))
		);
	}
	const circular = circularAlias(doc);
	if (circular) {
		const { line } = lines.linePos(circular.offset);
		fail(
			`not valid YAML: the alias ${quote(`*${circular.name}`)} at line ${line} refers to a node that contains it`
		);
	}
	let raw: unknown;
	try {
		raw = doc.toJS({ maxAliasCount: LIMITS.aliases });
	} catch (error) {
		const bomb = /alias count/i.test(errorText(error));
		return fail(
			bomb
				? `not valid YAML: its aliases (*name) expand too far; at most ${LIMITS.aliases} are allowed`
				: `could not be read as YAML (${errorText(error)})`
		);
	}
	if (raw === null || raw === undefined) fail('is empty: a story needs a title and steps');
	return raw;
}

/** The first alias that points at one of its own ancestors (`a: &a [*a]`), which has no end. */
function circularAlias(doc: Document): { name: string; offset: number } | undefined {
	let found: { name: string; offset: number } | undefined;
	visit(doc, {
		Alias(_, node, path) {
			const target = node.resolve(doc);
			if (target && path.includes(target)) {
				found = { name: node.source, offset: node.range?.[0] ?? 0 };
				return visit.BREAK;
			}
		}
	});
	return found;
}

function errorText(error: unknown): string {
	const text = error instanceof Error ? error.message : String(error);
	return text.split('\n')[0] ?? text;
}

/**
 * Checks, before the schema runs, what would make the schema slow or its report endless: a
 * thousand-step story fails at once with one line.
 */
function checkShape(file: string, raw: unknown): void {
	const steps = (raw as { steps?: unknown } | null)?.steps;
	if (Array.isArray(steps) && steps.length > LIMITS.steps) {
		throw new StoryError([
			{
				file,
				field: 'steps',
				message: `the story has ${steps.length} steps; at most ${LIMITS.steps} are allowed`
			}
		]);
	}
}

type Issue = v.InferIssue<typeof StorySchema>;

function schemaProblem(file: string, raw: unknown, issue: Issue): StoryProblem {
	const keys = (issue.path ?? []).map((item) => item.key as string | number);
	const unknownField = issue.type === 'strict_object' && issue.expected === 'never';
	const message = unknownField ? unknownFieldMessage(keys) : issue.message;
	if (keys[0] !== 'steps' || typeof keys[1] !== 'number') {
		return { file, field: fieldPath(keys) || undefined, message };
	}
	const rawStep = (raw as { steps: unknown[] }).steps[keys[1]];
	return {
		file,
		step: stepLabel(rawStep, keys[1]),
		field: fieldPath(keys.slice(2)) || undefined,
		message
	};
}

/** `step "bannu"` for a step with a valid slug; `step 4` (1-based) when the slug itself is the problem. */
function stepLabel(rawStep: unknown, index: number): string {
	const slug = (rawStep as { slug?: unknown } | null)?.slug;
	return typeof slug === 'string' && slug.length <= LIMITS.slug && SLUG.test(slug)
		? `step "${slug}"`
		: `step ${index + 1}`;
}

/** `['map', 'features', 1]` → `map.features[1]`; a key (an unknown one, a typo) is cut short. */
function fieldPath(keys: readonly (string | number)[]): string {
	return keys.reduce<string>((path, key) => {
		if (typeof key === 'number') return `${path}[${key}]`;
		const name = key.length > 40 ? `${key.slice(0, 40)}…` : key;
		return path ? `${path}.${name}` : name;
	}, '');
}

function duplicateSlugs(file: string, data: StoryData): StoryProblem[] {
	const seen = new Set<string>();
	return data.steps.flatMap((step) => {
		if (!seen.has(step.slug)) {
			seen.add(step.slug);
			return [];
		}
		return [
			{ file, step: `step "${step.slug}"`, field: 'slug', message: 'used by an earlier step' }
		];
	});
}

function unknownFeatures(
	file: string,
	data: StoryData,
	lookup: (fid: string) => unknown
): StoryProblem[] {
	return data.steps.flatMap((step) =>
		(['features', 'context'] as const).flatMap((list) =>
			step.map[list].flatMap((fid, i) =>
				lookup(fid)
					? []
					: [
							{
								file,
								step: `step "${step.slug}"`,
								field: `map.${list}[${i}]`,
								message: `unknown feature ${quote(fid, LIMITS.featureId)}`
							}
						]
			)
		)
	);
}

/** The essay's paragraphs: one per non-blank line. */
export function essayParagraphs(text: string): string[] {
	return text
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter((line) => line !== '');
}

/**
 * With an essay, the steps must tell all of it, verbatim and in order: the texts of each
 * paragraph's steps, joined by one space, rebuild that paragraph exactly.
 */
function essayProblems(source: StorySource, data: StoryData): StoryProblem[] {
	const essay = data.essay;
	if (essay === undefined) return [];
	let text: string | undefined;
	try {
		text = source.readFile?.(essay);
	} catch (error) {
		if (error instanceof StoryError) return [...error.problems];
		throw error;
	}
	if (text === undefined) {
		return [{ file: source.file, field: 'essay', message: `file "${essay}" was not found` }];
	}
	const paragraphs = essayParagraphs(text);
	const problems: StoryProblem[] = [];
	const told = new Map<number, StepData[]>();
	let last = 0;
	for (const step of data.steps) {
		if (step.paragraph === undefined) continue;
		const at = { file: source.file, step: `step "${step.slug}"`, field: 'paragraph' };
		if (step.paragraph > paragraphs.length) {
			problems.push({ ...at, message: `${essay} has ${paragraphs.length} paragraphs` });
			continue;
		}
		if (step.paragraph < last) {
			problems.push({ ...at, message: `paragraph ${step.paragraph} comes after ${last}` });
		}
		last = Math.max(last, step.paragraph);
		told.set(step.paragraph, [...(told.get(step.paragraph) ?? []), step]);
	}
	paragraphs.forEach((paragraph, i) => {
		const steps = told.get(i + 1);
		if (!steps) {
			problems.push({
				file: source.file,
				field: 'steps',
				message: `paragraph ${i + 1} of ${essay} is told by no step`
			});
			return;
		}
		const joined = steps.map((s) => s.text).join(' ');
		if (joined !== paragraph) {
			const at = firstDifference(joined, paragraph);
			problems.push({
				file: source.file,
				step: `step "${steps[0]?.slug}"`,
				field: 'text',
				message:
					`paragraph ${i + 1} differs from ${essay} at character ${at + 1}: ` +
					`story has ${excerpt(joined, at)}, essay has ${excerpt(paragraph, at)}`
			});
		}
	});
	return problems;
}

function firstDifference(a: string, b: string): number {
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	return i;
}

function excerpt(text: string, at: number): string {
	return quote(text.slice(Math.max(0, at - 15), at + 25));
}

/**
 * An explicit camera that shows none of its step's features is a mistake, most often a centre
 * written [latitude, longitude]: the map would frame somewhere else entirely.
 */
function cameraProblems(file: string, data: StoryData, catalogue: Catalogue): StoryProblem[] {
	return data.steps.flatMap((step) => {
		const camera = step.map.camera;
		if (!camera || step.map.features.length === 0) return [];
		const features = step.map.features.flatMap((fid) => catalogue.get(fid) ?? []);
		const box = boundsOf(features);
		const target: CameraTarget = { ...camera, center: [camera.center[0], camera.center[1]] };
		if (showsBounds(target, box)) return [];
		const [lon, lat] = camera.center;
		const swapped = Math.abs(lon) <= 85 && showsBounds({ ...target, center: [lat, lon] }, box);
		return [
			{
				file,
				step: `step "${step.slug}"`,
				field: 'map.camera.center',
				message: swapped
					? `[${lon}, ${lat}] shows none of the step's features, [${lat}, ${lon}] would: lat and lon may be swapped (center is [longitude, latitude])`
					: `[${lon}, ${lat}] at zoom ${camera.zoom} shows none of the step's features`
			}
		];
	});
}
