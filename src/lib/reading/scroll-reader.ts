import { stepAtLine, type Box } from './active-step';
import { JumpGuard } from './jump-guard';

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

/** Follows the reader's scrolling; see followScroll. */
export interface ScrollFollower {
	/**
	 * The page is about to scroll itself to step `index` (a key, a link): the steps it passes on
	 * the way are not reported, only where it arrives. With `scroll`, the follower starts that
	 * scroll itself: at once, or, while a jump is still under way (a second key pressed a moment
	 * after the first), once that one has arrived. Two smooth scrolls at once race in the
	 * browser: the first can carry the page on past where the second was sent.
	 */
	jumpTo(index: number, scroll?: () => void): void;
	stop(): void;
}

/**
 * Follows the reader's scrolling. scrollama says when a step reaches the reading line; the
 * active step is then read off the steps' geometry, and again when a scroll or resize ends, so
 * a fling, an anchor jump or a restored scroll position always ends on the step in view.
 * `onStep` also says whether the page scrolled since the last check: a step change without a
 * scroll (text reflowing as fonts arrive, a resize) is not the reader's doing.
 */
export async function followScroll(
	steps: readonly HTMLElement[],
	initial: number,
	onStep: (index: number, byScroll: boolean) => void,
	start: {
		/** A jump already under way when following starts (see ScrollFollower.jumpTo). */
		jumpingTo?: number;
		/** The page has scrolled since `initial` was read (following started on a scroll). */
		scrolled?: boolean;
	} = {}
): Promise<ScrollFollower> {
	const { default: scrollama } = await import('scrollama');
	let last = initial;
	let scrolled = start.scrolled ?? false;
	const check = () => {
		if (jump.jumping) return;
		const index = stepInView(steps);
		const byScroll = scrolled;
		scrolled = false;
		if (index !== last) {
			last = index;
			onStep(index, byScroll);
		}
	};
	/** The scroll of a jump asked for while another was under way (see ScrollFollower.jumpTo). */
	let queued: (() => void) | undefined;
	const jump = new JumpGuard(() => {
		const next = queued;
		queued = undefined;
		if (!next) return check();
		jump.begin();
		next();
	});
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
	const onScroll = () => {
		scrolled = true;
		jump.scrolled();
	};
	const onScrollEnd = () => {
		if (jump.jumping) jump.scrollEnded();
		else check();
	};
	window.addEventListener('scroll', onScroll, { passive: true });
	window.addEventListener('scrollend', onScrollEnd);
	window.addEventListener('resize', soon);
	const jumpTo = (index: number, scroll?: () => void) => {
		last = index;
		if (scroll && jump.jumping) {
			queued = scroll;
			return;
		}
		jump.begin();
		scroll?.();
	};
	if (start.jumpingTo !== undefined) jumpTo(start.jumpingTo);
	// The reader may have scrolled while this loaded.
	check();
	return {
		jumpTo,
		stop() {
			queued = undefined;
			jump.stop();
			scroller.destroy();
			cancelAnimationFrame(frame);
			window.removeEventListener('scroll', onScroll);
			window.removeEventListener('scrollend', onScrollEnd);
			window.removeEventListener('resize', soon);
		}
	};
}
