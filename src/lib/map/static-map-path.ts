/** Where a step's static SVG map is served, relative to the site root (no leading slash). */
export function staticMapPath(storyId: string, slug: string): string {
	return `maps/${storyId}/${slug}.svg`;
}
