import { getStory, readBasemap } from '$lib/server/stories';
import { speakerNotes } from '$lib/present/notes';

export const load = () => {
	const story = getStory();
	const { index } = readBasemap();
	const nameOf = (fid: string) => index.get(fid)?.properties.name;
	return { story, notes: story.steps.map((step) => speakerNotes(step, nameOf)) };
};
