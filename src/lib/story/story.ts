import type { Camera } from './story-schema';
import type { CameraTarget } from './camera';
import type { LegendKey } from './legend';
import type { TextSegment } from './place-links';

export type { Camera };

/** What a step's map shows: feature ids from the geodata catalogue, and how to frame them. */
export interface StepMap {
	features: string[];
	context: string[];
	camera?: Camera;
	maxZoom?: number;
	nativeNames: boolean;
}

/** A validated step, ready for every reading mode. */
export interface Step {
	index: number;
	slug: string;
	title: string;
	paragraph?: number;
	heading?: string;
	date?: string;
	years: number[];
	text?: string;
	caption?: string;
	alt: string;
	speakerNotes?: string;
	map: StepMap;
	/** Where the map goes for this step, in the reference square (see camera.ts). */
	camera: CameraTarget;
	/** The text, with the names of mapped places marked (joined, they are the text). */
	segments: TextSegment[];
	/** The symbols this step's map uses. */
	legend: LegendKey[];
	/** Provinces its caption names: both maps label them like the step's own features. */
	labelled: string[];
}

export interface Story {
	/** The content folder's name, e.g. `frontier`. */
	id: string;
	title: string;
	subtitle?: string;
	lang: string;
	credit?: string;
	steps: Step[];
	/** By feature id. */
	places: Record<string, StoryPlace>;
}

/** A place or area the story names or shows: where the map goes to show it, and where it comes up. */
export interface StoryPlace {
	name: string;
	camera: CameraTarget;
	/** Indices of the steps that name it in their text or show it on their map. */
	steps: number[];
}
