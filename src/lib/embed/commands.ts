import type { Command } from './messages';

/**
 * Where a run of a parent's commands leaves an embed that shows `shownSlugs`, starting at
 * position `from` (an index into them): each command in turn, as if each had been obeyed alone —
 * `next` and `prev` stop at the ends, `goto` jumps. The embed folds a frame's worth of commands
 * into one move with this, so a flood of them costs one camera move, not thousands.
 */
export function foldCommands(
	from: number,
	commands: readonly Command[],
	shownSlugs: readonly string[]
): number {
	const last = shownSlugs.length - 1;
	let position = from;
	for (const command of commands) {
		if (command.type === 'next') position = Math.min(position + 1, last);
		else if (command.type === 'prev') position = Math.max(position - 1, 0);
		else {
			const target = shownSlugs.indexOf(command.step);
			if (target >= 0) position = target;
		}
	}
	return position;
}
