import { stepAtLine, type Box } from './active-step';

/** The step in view now: the one at the viewport's vertical middle (the reading line). */
export function stepInView(steps: readonly HTMLElement[]): number {
	const boxes: Box[] = steps.map((el) => {
		const r = el.getBoundingClientRect();
		return { top: r.top, bottom: r.bottom };
	});
	return stepAtLine(boxes, window.innerHeight / 2);
}

/**
 * Scrolls so that a step sits at the reading line. Where its text lands is the stylesheet's
 * choice (the `scroll-margin-top` of its `[data-reading-anchor]`), so it follows the layout.
 */
export function scrollToStep(el: HTMLElement, behavior: ScrollBehavior): void {
	const anchor = el.querySelector<HTMLElement>('[data-reading-anchor]') ?? el;
	anchor.scrollIntoView({ block: 'start', behavior });
}

/**
 * Follows the reader's scrolling. An IntersectionObserver watching a line across the viewport's
 * middle says when a step crosses the reading line; the active step is then read off the steps'
 * geometry, and again when a scroll or resize ends, so a fling, an anchor jump or a restored
 * scroll position always ends on the step in view. (This is what scrollama did for us, in a few
 * lines and without its 2 KB.) Resolves to a function that stops following.
 */
export async function followScroll(
	steps: readonly HTMLElement[],
	initial: number,
	onStep: (index: number) => void
): Promise<() => void> {
	let last = initial;
	const check = () => {
		const index = stepInView(steps);
		if (index !== last) {
			last = index;
			onStep(index);
		}
	};
	const observer = new IntersectionObserver(check, { rootMargin: '-50% 0px -50% 0px' });
	for (const step of steps) observer.observe(step);
	let frame = 0;
	const soon = () => {
		cancelAnimationFrame(frame);
		frame = requestAnimationFrame(check);
	};
	window.addEventListener('scrollend', check);
	window.addEventListener('resize', soon);
	return () => {
		observer.disconnect();
		cancelAnimationFrame(frame);
		window.removeEventListener('scrollend', check);
		window.removeEventListener('resize', soon);
	};
}
