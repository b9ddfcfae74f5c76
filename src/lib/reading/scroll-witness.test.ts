import { describe, expect, it } from 'vitest';
import { ScrollWitness } from './scroll-witness';

describe('ScrollWitness', () => {
	it('sees no scroll where the page has not moved and no scroll event came', () => {
		const witness = new ScrollWitness(0);
		expect(witness.read(0)).toBe(false);
		expect(witness.read(0)).toBe(false);
	});

	it('sees a scroll by its event, once', () => {
		const witness = new ScrollWitness(0);
		witness.scrolled();
		expect(witness.read(0)).toBe(true);
		expect(witness.read(0)).toBe(false);
	});

	it('sees a scroll whose event has not come yet by where the page stands, once', () => {
		const witness = new ScrollWitness(0);
		expect(witness.read(1345)).toBe(true);
		expect(witness.read(1345)).toBe(false);
		// The late event of that same scroll, with no further move, reports it a second time: the
		// step it landed on has already been read, so the reading that follows changes nothing.
		witness.scrolled();
		expect(witness.read(1345)).toBe(true);
	});

	it('starts from a scroll already seen (following began on a scroll event)', () => {
		expect(new ScrollWitness(500, true).read(500)).toBe(true);
	});
});
