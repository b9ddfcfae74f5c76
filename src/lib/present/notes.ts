import type { Step } from '$lib/story/story';

/** What the presenter view shows under "Notes" for a step. */
export interface SpeakerNotes {
	/** The step's own `speakerNotes`, when the story gives them. */
	written?: string;
	date?: string;
	/** The names of the places the step's map frames. */
	places: string[];
	caption?: string;
}

/**
 * A step's speaker notes: the ones the story writes for it, and always the step's date, the
 * places its map frames (by name, from the geodata) and its map caption, to talk from.
 */
export function speakerNotes(
	step: Pick<Step, 'speakerNotes' | 'date' | 'caption' | 'map'>,
	nameOf: (fid: string) => string | undefined
): SpeakerNotes {
	const places = [...new Set(step.map.features.flatMap((fid) => nameOf(fid) ?? []))];
	return {
		...(step.speakerNotes ? { written: step.speakerNotes } : {}),
		...(step.date ? { date: step.date } : {}),
		places,
		...(step.caption ? { caption: step.caption } : {})
	};
}
