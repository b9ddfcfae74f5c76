import type { Locator } from '$lib/map/locator';
import { SYMBOLS } from '$lib/map/symbols';
import { SWATCH_SHAPES, type LegendKey } from './legend';
import type { Step } from './story';

/*
 * The pieces of a step's body that are more than a line of text (the text with its place
 * buttons, the map key, the locator), as HTML strings for StepBody.svelte, which puts a step's
 * body together for every reading mode. Every piece of story text goes through `escapeHtml`: it
 * is authored content, and stays text.
 */

/**
 * Text for an element's content or a quoted attribute value: each character that means something
 * in HTML as its numeric reference (`&` → `&#38;`), which needs no table in the page's code.
 */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The map key: open, as where there is room; the story's step list closes it on a phone once
 * the page runs (reading/step-list.ts).
 */
export function legendHtml(
	keys: readonly LegendKey[],
	labels: Partial<Record<LegendKey, string>> = {}
): string {
	const items = keys.map((key) => {
		const { shape } = SYMBOLS[key];
		const label = labels[key] ?? SYMBOLS[key].label;
		return `<li><svg class="swatch swatch-${key}" viewBox="0 0 24 14" aria-hidden="true">${SWATCH_SHAPES[shape]}</svg> ${escapeHtml(label)}</li>`;
	});
	return `<details class="map-legend" open=""><summary>Map key</summary> <ul>${items.join('')}</ul></details>`;
}

/** The locator's text alternative: its map is the story's region, unlabelled. */
export const locatorLabel = (region: string): string =>
	`Locator: where this view lies in ${region}`;

/** The locator inset marking the step's view, or nothing when the step is not zoomed in. */
export function locatorHtml(locator: Locator, slug: string): string {
	const frame = locator.frames[slug];
	if (!frame) return '';
	const [x, y, w, h] = frame;
	const { width, height } = locator;
	return (
		`<svg class="locator" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(locatorLabel(locator.region))}">` +
		`<path class="locator-land" d="${escapeHtml(locator.land)}"></path>` +
		`<rect class="locator-frame" x="${x}" y="${y}" width="${w}" height="${h}"></rect></svg>`
	);
}

/**
 * The step's text, each mapped place name a button (`.place-link`) whose `data-fid` names the
 * feature: one listener on the step list handles them all (reading/step-list.ts).
 */
export function stepTextHtml(segments: Step['segments']): string {
	const runs = segments.map((s) =>
		s.fid
			? `<button type="button" class="place-link" data-fid="${escapeHtml(s.fid)}">${escapeHtml(s.text)}</button>`
			: escapeHtml(s.text)
	);
	return `<p class="step-text">${runs.join('')}</p>`;
}
