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
 * Follows the reader's scrolling. scrollama says when a step reaches the reading line; the
 * active step is then read off the steps' geometry, and again when a scroll or resize ends, so
 * a fling, an anchor jump or a restored scroll position always ends on the step in view.
 * Returns a function that stops following.
 */
export async function followScroll(
	steps: readonly HTMLElement[],
	initial: number,
	onStep: (index: number) => void
): Promise<() => void> {
	const { default: scrollama } = await import('scrollama');
	let last = initial;
	const check = () => {
		const index = stepInView(steps);
		if (index !== last) {
			last = index;
			onStep(index);
		}
	};
	const scroller = scrollama();
	scroller
		.setup({ step: [...steps], offset: 0.5 })
		.onStepEnter(check)
		.onStepExit(check);
	let frame = 0;
	const soon = () => {
		cancelAnimationFrame(frame);
		frame = requestAnimationFrame(check);
	};
	window.addEventListener('scrollend', check);
	window.addEventListener('resize', soon);
	return () => {
		scroller.destroy();
		cancelAnimationFrame(frame);
		window.removeEventListener('scrollend', check);
		window.removeEventListener('resize', soon);
	};
}
