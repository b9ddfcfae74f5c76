import {
	sameState,
	TEXT_SIZES,
	type PresentMessage,
	type PresentState,
	type Role,
	type StateMessage
} from './channel';
import { clampPosition, nextPosition, partAt, prevPosition, type Position } from './deck';

export type Move = 'next' | 'prev' | 'first' | 'last';

/**
 * The state of one present window — which step and part is on screen, blank or not, the text
 * size — and its side of the presenter channel. Local actions change it and are sent; messages
 * from the other window are followed. The audience view alone measures how each step's text
 * splits into parts, so it answers each state from the presenter with its own (with the split),
 * and the presenter view learns the split from it.
 */
export class PresentDeck {
	position = $state<Position>({ step: 0, part: 0 });
	blank = $state(false);
	textSize = $state(0);
	/** Per step, the offsets in its text where the parts after the first begin. */
	breaks = $state<number[][]>([]);
	/** True while a window of the other role (audience or presenter) is known to be open. */
	connected = $state(false);

	readonly role: Role;
	/** The version of what this window shows (see StateMessage.version). */
	#version = 0;
	#gone = false;
	#slugs: readonly string[];
	#send: (message: PresentMessage) => void;

	constructor(slugs: readonly string[], role: Role, send: (message: PresentMessage) => void) {
		this.#slugs = slugs;
		this.role = role;
		this.#send = send;
		this.breaks = slugs.map(() => []);
	}

	/** How many parts each step has. */
	get parts(): number[] {
		return this.breaks.map((b) => b.length + 1);
	}

	get state(): PresentState {
		return {
			step: this.#slugs[this.position.step] as string,
			part: this.position.part,
			blank: this.blank,
			textSize: this.textSize
		};
	}

	/** Asks the other windows for their state (a window that has just opened). */
	hello(): void {
		this.#gone = false;
		this.#send({ type: 'storymap:present-hello', from: this.role });
	}

	/**
	 * Tells the other windows that this one is closing. It answers nothing more until it says hello
	 * again, or the others, asking who is left, would hear from it while it closes.
	 */
	bye(): void {
		this.#gone = true;
		this.#send({ type: 'storymap:present-bye', from: this.role });
	}

	move(move: Move): void {
		const p = this.position;
		const last = this.#slugs.length - 1;
		const to =
			move === 'next'
				? nextPosition(p, this.parts)
				: move === 'prev'
					? prevPosition(p, this.parts)
					: { step: move === 'first' ? 0 : last, part: 0 };
		this.#local(() => (this.position = to));
	}

	/** Goes to a step (0-based), at its first part. */
	goto(step: number): void {
		this.#local(() => (this.position = clampPosition({ step, part: 0 }, this.parts)));
	}

	toggleBlank(force?: boolean): void {
		this.#local(() => (this.blank = force ?? !this.blank));
	}

	cycleTextSize(): void {
		this.#local(() => (this.textSize = (this.textSize + 1) % TEXT_SIZES));
	}

	/**
	 * The audience view's new split of every step (its screen or text size changed). The reader
	 * stays on the part that holds the first character they were shown.
	 */
	setBreaks(breaks: number[][]): void {
		if (JSON.stringify(breaks) === JSON.stringify(this.breaks)) return;
		const { step, part } = this.position;
		const offset = part === 0 ? 0 : (this.breaks[step]?.[part - 1] ?? 0);
		this.breaks = breaks;
		this.position = clampPosition({ step, part: partAt(offset, breaks[step] ?? []) }, this.parts);
		this.#announce();
	}

	/** Follows a (validated) message from another window. */
	receive(message: PresentMessage): void {
		if (this.#gone) return;
		if (message.type === 'storymap:present-bye') {
			// The window that closed may not have been the only one of its role: ask who is left.
			if (message.from !== this.role) {
				this.connected = false;
				this.hello();
			}
			return;
		}
		if (message.from !== this.role) this.connected = true;
		if (message.type === 'storymap:present-hello') {
			this.#announce();
			return;
		}
		if (this.role === 'presenter' && message.breaks.length === this.#slugs.length) {
			this.breaks = message.breaks;
		}
		// An answer to a state this window has since changed (a key pressed while it was on its
		// way) would undo that key: only the split it brings counts. The audience still answers,
		// so the presenter learns what the projector shows.
		if (message.version < this.#version) {
			if (this.role === 'audience' && message.from === 'presenter') this.#announce();
			return;
		}
		this.#version = message.version;
		this.position = clampPosition(
			{ step: this.#slugs.indexOf(message.step), part: message.part },
			this.parts
		);
		this.blank = message.blank;
		this.textSize = message.textSize;
		// The audience answers the presenter with its split. Nothing else is answered (another
		// audience screen that splits differently keeps its own part), so exchanges always end.
		if (this.role === 'audience' && message.from === 'presenter') this.#announce();
	}

	#local(change: () => void): void {
		const before = this.state;
		change();
		if (sameState(before, this.state)) return;
		this.#version++;
		this.#announce();
	}

	#announce(): void {
		const message: StateMessage = {
			type: 'storymap:present-state',
			from: this.role,
			version: this.#version,
			...this.state,
			breaks: this.role === 'audience' ? this.breaks.map((b) => [...b]) : []
		};
		this.#send(message);
	}
}
