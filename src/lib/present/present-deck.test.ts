import { describe, expect, it } from 'vitest';
import { parsePresentMessage, type PresentMessage, type Role } from './channel';
import { PresentDeck } from './present-deck.svelte';

const slugs = ['one', 'two', 'three'];
/** Each step's slide text is this long: the breaks below lie inside it. */
const lengths = [200, 200, 200];

/**
 * Windows joined like a BroadcastChannel: a message goes to every other window, as structured
 * data, validated on arrival. Delivery is queued, as it is in the browser.
 */
function windows(...roles: Role[]) {
	const queue: { from: number; data: unknown }[] = [];
	let sent = 0;
	const decks: PresentDeck[] = roles.map(
		(role, i) =>
			new PresentDeck(slugs, role, (message: PresentMessage) => {
				sent++;
				queue.push({ from: i, data: structuredClone(message) });
			})
	);
	const closed = new Set<number>();
	/** Delivers the message that has waited longest. */
	const deliverOne = () => {
		const { from, data } = queue.shift() as { from: number; data: unknown };
		const parsed = parsePresentMessage(data, slugs, lengths);
		if (!parsed.ok) throw new Error(parsed.reason);
		decks.forEach((deck, i) => i !== from && !closed.has(i) && deck.receive(parsed.message));
	};
	const deliver = () => {
		for (let n = 0; queue.length > 0; n++) {
			if (n > 100) throw new Error('the windows keep messaging each other');
			deliverOne();
		}
	};
	/** The window says bye as it closes; it may still hear what the others answer. */
	const close = (i: number, { stillHearing = false } = {}) => {
		decks[i]?.bye();
		if (!stillHearing) closed.add(i);
		deliver();
		closed.add(i);
	};
	return { decks, deliver, deliverOne, close, sent: () => sent };
}

describe('PresentDeck', () => {
	it('moves by parts, then steps, and blanks and sizes text', () => {
		const deck = new PresentDeck(slugs, 'audience', () => {});
		deck.setBreaks([[], [40, 90], []]);
		deck.move('next');
		deck.move('next');
		expect(deck.position).toEqual({ step: 1, part: 1 });
		deck.move('last');
		deck.move('prev');
		expect(deck.position).toEqual({ step: 1, part: 2 });
		deck.goto(0);
		expect(deck.position).toEqual({ step: 0, part: 0 });
		deck.toggleBlank();
		expect(deck.blank).toBe(true);
		deck.cycleTextSize();
		deck.cycleTextSize();
		deck.cycleTextSize();
		expect(deck.textSize).toBe(0);
	});

	it('keeps the reader on the same words when the split changes', () => {
		const deck = new PresentDeck(slugs, 'audience', () => {});
		deck.setBreaks([[], [40, 90], []]);
		deck.goto(1);
		deck.move('next');
		deck.move('next');
		expect(deck.position).toEqual({ step: 1, part: 2 });
		// Larger text: the part that started at 90 is now inside the part from 60.
		deck.setBreaks([[], [30, 60, 100], []]);
		expect(deck.position).toEqual({ step: 1, part: 2 });
		deck.setBreaks([[], [], []]);
		expect(deck.position).toEqual({ step: 1, part: 0 });
	});

	it('the presenter drives the audience and learns its split', () => {
		const { decks, deliver } = windows('audience', 'presenter');
		const [audience, presenter] = decks as [PresentDeck, PresentDeck];
		audience.setBreaks([[], [40, 90], []]);
		deliver();
		presenter.move('next');
		deliver();
		expect(audience.position).toEqual({ step: 1, part: 0 });
		expect(presenter.parts).toEqual([1, 3, 1]);
		presenter.move('next');
		deliver();
		expect(audience.position).toEqual({ step: 1, part: 1 });
		presenter.toggleBlank();
		presenter.cycleTextSize();
		deliver();
		expect(audience.blank).toBe(true);
		expect(audience.textSize).toBe(1);
	});

	it('an answer to an older state does not undo a key pressed while it was on its way', () => {
		const { decks, deliver, deliverOne } = windows('audience', 'presenter');
		const [audience, presenter] = decks as [PresentDeck, PresentDeck];
		presenter.move('last');
		deliverOne(); // the audience moves, and answers "last step, not blank"
		presenter.toggleBlank();
		deliverOne(); // that answer reaches the presenter after its key
		expect(presenter.blank).toBe(true);
		presenter.toggleBlank();
		deliver();
		expect(presenter.blank).toBe(false);
		expect(audience.blank).toBe(false);
		expect(audience.position).toEqual({ step: 2, part: 0 });
	});

	it('keys pressed at once in both windows end with both showing the same', () => {
		const { decks, deliver } = windows('audience', 'presenter');
		const [audience, presenter] = decks as [PresentDeck, PresentDeck];
		audience.goto(1);
		presenter.goto(2);
		deliver();
		expect(audience.position).toEqual(presenter.position);
	});

	it('the audience drives the presenter', () => {
		const { decks, deliver } = windows('audience', 'presenter');
		const [audience, presenter] = decks as [PresentDeck, PresentDeck];
		audience.move('last');
		deliver();
		expect(presenter.position).toEqual({ step: 2, part: 0 });
		expect(presenter.connected).toBe(true);
	});

	it('the presenter knows when the last projector window has closed', () => {
		const { decks, deliver, close } = windows('audience', 'audience', 'presenter');
		const presenter = decks[2] as PresentDeck;
		presenter.hello();
		deliver();
		expect(presenter.connected).toBe(true);
		close(0);
		expect(presenter.connected, 'one projector window is still open').toBe(true);
		// The last one hears the presenter ask who is left while it closes, and does not answer.
		close(1, { stillHearing: true });
		expect(presenter.connected).toBe(false);
	});

	it('another presenter window does not count as a projector', () => {
		const { decks, deliver, close } = windows('presenter', 'presenter', 'audience');
		const [first, second] = decks as [PresentDeck, PresentDeck];
		first.hello();
		deliver();
		close(2);
		second.goto(1);
		deliver();
		expect(first.position.step).toBe(1);
		expect(first.connected).toBe(false);
	});

	it('a window that opens late is told where the talk is', () => {
		const { decks, deliver } = windows('audience', 'presenter');
		const [audience, presenter] = decks as [PresentDeck, PresentDeck];
		audience.goto(2);
		deliver();
		presenter.position = { step: 0, part: 0 };
		presenter.hello();
		deliver();
		expect(presenter.position).toEqual({ step: 2, part: 0 });
	});

	it('two audience screens of different sizes settle without messaging forever', () => {
		const { decks, deliver, sent } = windows('audience', 'audience', 'presenter');
		const [big, small, presenter] = decks as [PresentDeck, PresentDeck, PresentDeck];
		big.setBreaks([[], [], []]);
		small.setBreaks([[], [50], []]);
		deliver();
		presenter.goto(1);
		deliver();
		small.move('next');
		deliver();
		expect(small.position).toEqual({ step: 1, part: 1 });
		expect(big.position).toEqual({ step: 1, part: 0 });
		expect(sent()).toBeLessThan(20);
	});
});
