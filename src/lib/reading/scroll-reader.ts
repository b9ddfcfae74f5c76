import { stepAtLine, type Box } from './active-step';
import { JumpGuard } from './jump-guard';
import { ScrollWitness } from './scroll-witness';

/** The step in view now: the one at the viewport's vertical middle (the reading line). */
export function stepInView(steps: readonly HTMLElement[]): number {
	const boxes: Box[] = steps.map((el) => {
		const r = el.getBoundingClientRect();
		return { top: r.top, bottom: r.bottom };
	});
	return stepAtLine(boxes, window.innerHeight / 2);
}

/** How long the page's own smooth scroll to a step takes. */
const GLIDE_MS = 450;

/** The page's own smooth scroll under way (scrollToStep), and who hears of its arrival. */
let glide: number | undefined;
const arrivals = new Set<() => void>();

/** Whether the page is gliding to a step: its scroll events are passing, not arriving. */
export const gliding = (): boolean => glide !== undefined;

const easeInOut = (t: number) => (t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2);

/**
 * Scrolls so that a step sits at the reading line. Where its text lands is the stylesheet's
 * choice (the `scroll-margin-top` of its `[data-reading-anchor]`), so it follows the layout.
 * A smooth scroll is the page's own, a frame at a time, and the next call stops it where it is:
 * the browser's smooth scroll is not stopped by a second one to where the page already stands
 * (a clicker's "next" then "previous"), and carried the reader on to the step they had left.
 */
export function scrollToStep(el: HTMLElement, behavior: ScrollBehavior): void {
	const anchor = el.querySelector<HTMLElement>('[data-reading-anchor]') ?? el;
	if (glide !== undefined) cancelAnimationFrame(glide);
	glide = undefined;
	if (behavior !== 'smooth') {
		anchor.scrollIntoView({ block: 'start', behavior: 'instant' });
		return;
	}
	const from = window.scrollY;
	const margin = parseFloat(getComputedStyle(anchor).scrollMarginTop) || 0;
	const end = document.documentElement.scrollHeight - window.innerHeight;
	const to = Math.max(0, Math.min(end, anchor.getBoundingClientRect().top + from - margin));
	const start = performance.now();
	const frame = (now: number) => {
		const t = Math.min(1, (now - start) / GLIDE_MS);
		window.scrollTo({ top: from + (to - from) * easeInOut(t), behavior: 'instant' });
		if (t < 1) {
			glide = requestAnimationFrame(frame);
			return;
		}
		glide = undefined;
		for (const arrived of arrivals) arrived();
	};
	glide = requestAnimationFrame(frame);
}

/** Follows the reader's scrolling; see followScroll. */
export interface ScrollFollower {
	/**
	 * The page is about to scroll itself to step `index` (a key, a link): the steps it passes on
	 * the way are not reported, only where it arrives.
	 */
	jumpTo(index: number): void;
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
		/** Where the page stood when `initial` was read (by default, where it stands now). */
		y?: number;
	} = {}
): Promise<ScrollFollower> {
	let last = initial;
	const witness = new ScrollWitness(start.y ?? window.scrollY, start.scrolled);
	const check = () => {
		if (jump.jumping) return;
		const index = stepInView(steps);
		const byScroll = witness.read(window.scrollY);
		if (index !== last) {
			last = index;
			onStep(index, byScroll);
		}
	};
	const jump = new JumpGuard(check);
	const onScroll = () => {
		witness.scrolled();
		jump.scrolled();
	};
	// Heard from before scrollama has loaded: a scroll made meanwhile is the reader's, and the
	// step it lands on must say so (it engages), not pass for a step the page opened on.
	window.addEventListener('scroll', onScroll, { passive: true });
	const loaded = await import('scrollama').catch((error: unknown) => {
		window.removeEventListener('scroll', onScroll);
		throw error;
	});
	const scroller = loaded.default();
	scroller
		.setup({ step: [...steps], offset: 0.5 })
		.onStepEnter(check)
		.onStepExit(check);
	let frame = 0;
	const soon = () => {
		cancelAnimationFrame(frame);
		frame = requestAnimationFrame(check);
	};
	const onScrollEnd = () => {
		// Each frame of the page's own glide ends a scroll: only its arrival counts.
		if (gliding()) return;
		if (jump.jumping) jump.scrollEnded();
		else check();
	};
	arrivals.add(onScrollEnd);
	window.addEventListener('scrollend', onScrollEnd);
	window.addEventListener('resize', soon);
	const jumpTo = (index: number) => {
		last = index;
		jump.begin();
	};
	if (start.jumpingTo !== undefined) jumpTo(start.jumpingTo);
	// The reader may have scrolled while this loaded.
	check();
	return {
		jumpTo,
		stop() {
			arrivals.delete(onScrollEnd);
			jump.stop();
			scroller.destroy();
			cancelAnimationFrame(frame);
			window.removeEventListener('scroll', onScroll);
			window.removeEventListener('scrollend', onScrollEnd);
			window.removeEventListener('resize', soon);
		}
	};
}
