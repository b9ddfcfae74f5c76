/** The measured parts of the embed view, in CSS pixels, at their natural (unsqueezed) sizes. */
export interface EmbedParts {
	/** Side by side (text beside the map) or stacked (map above the text). */
	layout: 'row' | 'column';
	map: number;
	text: number;
	/** The bar with the buttons and the link. */
	bar: number;
}

/**
 * The height the embed needs to show everything without scrolling: what the frame should be.
 * It is computed from natural sizes, never from the frame's own height, so a frame that follows
 * it can shrink again when a shorter step comes.
 */
export function contentHeight({ layout, map, text, bar }: EmbedParts): number {
	const height = layout === 'row' ? Math.max(map, text + bar) : map + text + bar;
	return Math.ceil(height);
}
