/**
 * How big a story may be. Generous for a real story (the frontier story's longest text is 650
 * characters, its story.yaml 28 KB) and small enough that a mistake — a pasted file, a runaway
 * script, a YAML alias bomb — fails fast with a message instead of exhausting the build.
 * docs/authoring.md lists them for editors.
 */
export const LIMITS = {
	/** Bytes of story.yaml and of the essay file. */
	fileBytes: 1024 * 1024,
	steps: 500,
	/** YAML aliases (`*name`) in one file; each may copy a whole node. */
	aliases: 100,
	/** Levels of nesting in the YAML (a story uses five). */
	depth: 32,
	slug: 80,
	title: 200,
	/** The site's name on a home screen (the web app manifest's short_name) shows about 12. */
	shortTitle: 30,
	heading: 200,
	date: 100,
	text: 5000,
	caption: 1000,
	alt: 1000,
	speakerNotes: 5000,
	credit: 500,
	summary: 500,
	lang: 35,
	fileName: 100,
	featureId: 100,
	/** Feature ids in one list (`features` or `context`) of a step. */
	features: 100,
	/** Problems listed in one report; the rest are counted. */
	problems: 50
} as const;
