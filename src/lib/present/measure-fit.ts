import { packParts, type Span } from './split-text';

/** What a slide shows above and as its text. */
export interface SlideText {
	date?: string;
	title: string;
	text: string;
}

/** Sub-pixel rounding must not count as overflow. */
const TOLERANCE_PX = 0.5;

const part = (probe: HTMLElement, name: string): HTMLElement => {
	const el = probe.querySelector<HTMLElement>(`[data-probe="${name}"]`);
	if (!el) throw new Error(`the slide probe has no [data-probe="${name}"]`);
	return el;
};

/**
 * Splits every slide's text into parts that fit the slide as the browser lays it out now, at
 * the current size and text size: `probe` is a hidden copy of the slide, same box and type,
 * whose date, title and text this fills in turn and measures. The text box (`body`) takes the
 * height left under the title; a part fits when the text is no taller than that box.
 */
export function measureParts(probe: HTMLElement, slides: readonly SlideText[]): Span[][] {
	const date = part(probe, 'date');
	const title = part(probe, 'title');
	const body = part(probe, 'body');
	const text = part(probe, 'text');
	const fits = (candidate: string) => {
		text.textContent = candidate;
		return text.getBoundingClientRect().height <= body.clientHeight + TOLERANCE_PX;
	};
	return slides.map((slide) => {
		date.textContent = slide.date ?? '';
		date.hidden = !slide.date;
		title.textContent = slide.title;
		return packParts(slide.text, fits);
	});
}
