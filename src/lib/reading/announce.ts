import type { SettledStep } from './step-sequencer';

export const STEP_EVENT = 'storymap:step';

/** The public contract's settle signal: first `data-step` on the root element, then the event. */
export function announceStep(step: SettledStep): void {
	document.documentElement.dataset.step = step.id;
	window.dispatchEvent(new CustomEvent(STEP_EVENT, { detail: step }));
}
