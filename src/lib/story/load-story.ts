import * as v from 'valibot';
import { parseDocument } from 'yaml';
import { StorySchema, type StepData, type StoryData } from './story-schema';
import { StoryError, type StoryProblem } from './story-error';
import { stepTitle, yearsIn } from './step-title';
import { boundsOf, fitBounds, stepCamera } from './camera';
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
	/** Reads a file beside the story (its essay), or returns undefined when there is none. */
	readFile?: (name: string) => string | undefined;
}

/** The geodata catalogue: every feature by its id. */
export type Catalogue = ReadonlyMap<string, Feature<Geometry>>;

/**
 * Parses, validates and resolves a story. Throws a StoryError listing every problem found, each
 * naming the file, the step and the field.
 */
export function loadStory(source: StorySource, catalogue: Catalogue): Story {
	const lookup = (fid: string) => catalogue.get(fid);
	const raw = parseYaml(source);
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
	if (problems.length > 0) throw new StoryError(problems);
	const names = linkableNames(catalogue);
	const steps = data.steps.map((step, index) => toStep(step, index, catalogue, names));
	return {
		id: source.id,
		title: data.title,
		subtitle: data.subtitle,
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

function toStep(step: StepData, index: number, catalogue: Catalogue, names: NamedFeature[]): Step {
	const lookup = (fid: string) => catalogue.get(fid);
	return {
		index,
		slug: step.slug,
		title: stepTitle(step),
		paragraph: step.paragraph,
		heading: step.heading,
		date: step.date,
		years: yearsIn(step.date),
		text: step.text,
		caption: step.caption,
		alt: step.alt,
		speakerNotes: step.speakerNotes,
		map: step.map,
		camera: stepCamera(step.map, lookup),
		segments: step.text ? linkPlaces(step.text, names) : [],
		legend: legendFor(step.map, lookup)
	};
}

/** Feature kinds whose names become links in the text: places, provinces, district areas. */
const LINKED_KINDS = ['admin1:', 'area:', 'place:'];

/** Names that may be linked; a place outranks a province of the same name (Kabul). */
function linkableNames(catalogue: Catalogue): NamedFeature[] {
	return [...catalogue.entries()]
		.filter(([fid]) => LINKED_KINDS.some((kind) => fid.startsWith(kind)))
		.map(([fid, f]) => ({ fid, name: String(f.properties?.name ?? '') }))
		.filter((f) => f.name !== '')
		.sort(
			(a, b) =>
				LINKED_KINDS.findIndex((k) => a.fid.startsWith(k)) -
				LINKED_KINDS.findIndex((k) => b.fid.startsWith(k))
		);
}

function parseYaml(source: StorySource): unknown {
	const doc = parseDocument(source.yaml, { prettyErrors: true });
	if (doc.errors.length > 0) {
		throw new StoryError(
			doc.errors.map((e) => ({ file: source.file, message: `not valid YAML: ${e.message}` }))
		);
	}
	return doc.toJS();
}

type Issue = v.InferIssue<typeof StorySchema>;

function schemaProblem(file: string, raw: unknown, issue: Issue): StoryProblem {
	const keys = (issue.path ?? []).map((item) => item.key as string | number);
	if (keys[0] !== 'steps' || typeof keys[1] !== 'number') {
		return { file, field: fieldPath(keys) || undefined, message: issue.message };
	}
	const rawStep = (raw as { steps: unknown[] }).steps[keys[1]];
	return {
		file,
		step: stepLabel(rawStep, keys[1]),
		field: fieldPath(keys.slice(2)) || undefined,
		message: issue.message
	};
}

function stepLabel(rawStep: unknown, index: number): string {
	const slug = (rawStep as { slug?: unknown } | null)?.slug;
	return typeof slug === 'string' && slug !== '' ? `step "${slug}"` : `step ${index + 1}`;
}

/** `['map', 'features', 1]` → `map.features[1]`. */
function fieldPath(keys: readonly (string | number)[]): string {
	return keys.reduce<string>(
		(path, key) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key),
		''
	);
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
								message: `unknown feature "${fid}"`
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
	const text = source.readFile?.(essay);
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
					`story has "${excerpt(joined, at)}", essay has "${excerpt(paragraph, at)}"`
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
	return text.slice(Math.max(0, at - 15), at + 25);
}
