import type { Locator } from '$lib/map/locator';
import { LEGEND_LABELS, SWATCH_SHAPES, type LegendKey } from './legend';
import type { Step } from './story';

/*
 * The parts of a step's card that never change once the page is up (date, heading, text with its
 * place buttons, caption, map key, locator), as HTML strings. StepSection renders them with
 * {@html}: hydrating that claims the server's nodes as they are, where the same markup written as
 * a template costs an effect or more per node, for 34 steps in one long task on a phone. Every
 * piece of story text goes through `escapeHtml`: it is authored content, and stays text.
 */

const ENTITIES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

/** Text for an element's content or a quoted attribute value. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

/**
 * The map key: open, as where there is room; the story's step list closes it on a phone once
 * the page runs (reading/step-list.ts).
 */
export function legendHtml(keys: readonly LegendKey[]): string {
	const items = keys.map(
		(key) =>
			`<li><svg class="swatch swatch-${key}" viewBox="0 0 24 14" aria-hidden="true">${SWATCH_SHAPES[key]}</svg> ${escapeHtml(LEGEND_LABELS[key])}</li>`
	);
	return `<details class="map-legend" open=""><summary>Map key</summary> <ul>${items.join('')}</ul></details>`;
}

/** The locator's text alternative: its map is Afghanistan and Pakistan, unlabelled. */
export const locatorLabel = 'Locator: where this view lies in Afghanistan and Pakistan';

/** The locator inset marking the step's view, or nothing when the step is not zoomed in. */
export function locatorHtml(locator: Locator, slug: string): string {
	const frame = locator.frames[slug];
	if (!frame) return '';
	const [x, y, w, h] = frame;
	const { width, height } = locator;
	return (
		`<svg class="locator" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${locatorLabel}">` +
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

type CardStep = Pick<
	Step,
	'slug' | 'date' | 'heading' | 'title' | 'text' | 'segments' | 'caption' | 'legend'
>;

/** Everything inside a step's `.step-card`. */
export function stepCardHtml(step: CardStep, locator: Locator): string {
	const slug = escapeHtml(step.slug);
	const date = step.date ? `<p class="step-date">${escapeHtml(step.date)}</p>` : '';
	const hidden = step.heading ? '' : ' class="visually-hidden"';
	const header = `<header>${date} <h2 id="${slug}-title" tabindex="-1"${hidden}>${escapeHtml(step.title)}</h2></header>`;
	const text = step.text ? ` ${stepTextHtml(step.segments)}` : '';
	const caption = step.caption
		? ` <p class="step-caption"><span class="caption-label">Map</span> ${escapeHtml(step.caption)}</p>`
		: '';
	const key = `<div class="step-map-key">${legendHtml(step.legend)} ${locatorHtml(locator, step.slug)}</div>`;
	return `${header}${text}${caption} ${key}`;
}
