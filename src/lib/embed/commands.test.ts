import { describe, expect, it } from 'vitest';
import { foldCommands } from './commands';
import type { Command } from './messages';

const shown = ['a', 'b', 'c', 'd'];
const next: Command = { type: 'next' };
const prev: Command = { type: 'prev' };
const goto = (step: string): Command => ({ type: 'goto', step });

/** The same commands obeyed one at a time, the way the embed did before it folded them. */
function oneByOne(from: number, commands: readonly Command[]): number {
	return commands.reduce((p, c) => foldCommands(p, [c], shown), from);
}

describe('foldCommands', () => {
	it('moves by each next and prev, stopping at the ends', () => {
		expect(foldCommands(0, [next, next], shown)).toBe(2);
		expect(foldCommands(3, [next, next, prev], shown)).toBe(2);
		expect(foldCommands(0, [prev, prev, next], shown)).toBe(1);
	});

	it('jumps on goto, from where the commands before it left', () => {
		expect(foldCommands(0, [next, goto('d'), prev], shown)).toBe(2);
		expect(foldCommands(1, [goto('zz')], shown)).toBe(1);
	});

	it('stays put with no commands', () => {
		expect(foldCommands(2, [], shown)).toBe(2);
	});

	it('folds 20,000 commands to what they imply one by one', () => {
		let seed = 7;
		const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
		const commands = Array.from({ length: 20_000 }, (): Command => {
			const r = random();
			return r < 0.45 ? next : r < 0.9 ? prev : goto(shown[Math.floor(random() * 4)] as string);
		});
		expect(foldCommands(1, commands, shown)).toBe(oneByOne(1, commands));
		expect(foldCommands(0, Array(20_000).fill(next), shown)).toBe(3);
	});
});
