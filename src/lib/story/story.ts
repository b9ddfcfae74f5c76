import type { Camera, StepData } from './story-schema';
import type { CameraTarget } from './camera';
import type { LegendKey } from './legend';
import type { TextSegment } from './place-links';

export type { Camera };

/**
 * A step, ready for every reading mode: the schema's step as it validated (story-schema.ts says
 * what a step may contain), and what the loader resolves from it. A field added to the schema
 * is here without a word.
 */
export type Step = StepData & {
	index: number;
	/** The heading, or the first words of the text or caption (step-title.ts). */
	title: string;
	/** The years the date names, for the timeline. */
	years: number[];
	/** Where the map goes for this step, in the reference square (see camera.ts). */
	camera: CameraTarget;
	/** The text, with the names of mapped places marked (joined, they are the text). */
	segments: TextSegment[];
	/** The symbols this step's map uses. */
	legend: LegendKey[];
	/** Countries and provinces its caption names: both maps label them like the step's own. */
	labelled: string[];
};

/**
 * What a step's map shows, the one shape every map of a step takes (the live map, the static
 * SVG, the key): which step, its `map` as written (features in focus, context, native names),
 * the camera resolved from it and the provinces its caption names. A module that needs less
 * takes a part of it (`StepMap['map']`, `Pick<StepMap, …>`).
 */
export type StepMap = Pick<Step, 'index' | 'camera' | 'map' | 'labelled'>;

export interface Story {
	/** The content folder's name, e.g. `frontier`. */
	id: string;
	title: string;
	subtitle?: string;
	/** For the /stories/ index. */
	summary?: string;
	/** Checked, never built. */
	draft: boolean;
	lang: string;
	credit?: string;
	steps: Step[];
	/**
	 * Where its geodata is, under the site's root: `geodata/`, or `geodata/<story>/` for a story
	 * with a region of its own (src/lib/server/stories.ts `storyGeodata`).
	 */
	geodata: string;
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
