/**
 * The presenter channel: the audience view (on the projector) and the presenter view (on the
 * laptop) keep each other in step over a BroadcastChannel. Both send their whole state whenever
 * it changes by a key, a click or a swipe; the audience view, which alone knows how its screen
 * splits each step's text, also answers every state from the presenter with its own (and that
 * split). A window that opens asks for the state with a hello, and one that closes says bye.
 * Each state carries the count of changes it follows (`version`), so that an answer to an older
 * state, arriving after a newer key press, is not obeyed over it. Messages are flat objects,
 * checked here before any is obeyed.
 */
import { clipForConsole } from '$lib/clip-text';

export type Role = 'audience' | 'presenter';

export interface PresentState {
	/** The step's slug (not its index, so windows of different builds never mismatch silently). */
	step: string;
	part: number;
	blank: boolean;
	/** Index into the text size cycle. */
	textSize: number;
}

export interface StateMessage extends PresentState {
	type: 'storymap:present-state';
	from: Role;
	/**
	 * How many changes the windows had made between them when this state was sent (a Lamport
	 * clock): a window obeys no state older than what it shows.
	 */
	version: number;
	/**
	 * How the audience view splits each step's text for its screen: per step, the offsets where
	 * the parts after the first begin. Empty from a window that does not know (the presenter).
	 */
	breaks: number[][];
}

export interface HelloMessage {
	type: 'storymap:present-hello';
	from: Role;
}

/** Sent by a window that closes, so that the others stop counting it as there. */
export interface ByeMessage {
	type: 'storymap:present-bye';
	from: Role;
}

export type PresentMessage = StateMessage | HelloMessage | ByeMessage;

export type Parsed = { ok: true; message: PresentMessage } | { ok: false; reason: string };

export const TEXT_SIZES = 3;
/** Far beyond any real step: keeps a hostile message from making the page loop or allocate. */
const MAX_PARTS = 100;

/** The channel's name: one per story, so two stories presented side by side never mix. */
export const channelName = (storyId: string) => `storymap-present:${storyId}`;

/** A plain object, as a BroadcastChannel delivers one: nothing it says comes from a prototype. */
const isRecord = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && Object.getPrototypeOf(x) === Object.prototype;
const isIndex = (x: unknown, below: number): x is number =>
	typeof x === 'number' && Number.isInteger(x) && x >= 0 && x < below;

/** Offsets strictly inside a text of `length` characters, each after the one before. */
const increasing = (offsets: unknown, length: number): offsets is number[] =>
	Array.isArray(offsets) &&
	offsets.length < MAX_PARTS &&
	offsets.every((b, i) => isIndex(b, length) && b > (i === 0 ? 0 : (offsets[i - 1] as number)));

/**
 * Per-step part offsets: none at all, or for each step of the story increasing offsets inside
 * that step's text (`textLengths`, what the slide shows: see `slideText`).
 */
const validBreaks = (breaks: unknown, textLengths: readonly number[]): breaks is number[][] =>
	Array.isArray(breaks) &&
	(breaks.length === 0 ||
		(breaks.length === textLengths.length &&
			breaks.every((b, i) => increasing(b, textLengths[i] as number))));

/**
 * Checks a message from the channel against the story's step slugs and the length of each step's
 * slide text; says what is wrong with one that is not valid (quoting at most a few words of it).
 */
export function parsePresentMessage(
	data: unknown,
	slugs: readonly string[],
	textLengths: readonly number[]
): Parsed {
	const fail = (reason: string): Parsed => ({ ok: false, reason });
	if (!isRecord(data)) return fail('not an object');
	if (data.from !== 'audience' && data.from !== 'presenter') return fail('no valid "from"');
	if (data.type === 'storymap:present-hello' || data.type === 'storymap:present-bye') {
		return { ok: true, message: { type: data.type, from: data.from } };
	}
	if (data.type !== 'storymap:present-state') {
		return fail(`unknown type ${clipForConsole(data.type)}`);
	}
	const { version, step, part, blank, textSize, breaks } = data;
	if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0) {
		return fail('version is not a whole number');
	}
	if (typeof step !== 'string' || !slugs.includes(step)) {
		return fail(`unknown step ${clipForConsole(step)}`);
	}
	if (!isIndex(part, MAX_PARTS)) return fail('part is not a small whole number');
	if (typeof blank !== 'boolean') return fail('blank is not true or false');
	if (!isIndex(textSize, TEXT_SIZES)) return fail('textSize is out of range');
	if (!validBreaks(breaks, textLengths)) {
		return fail("breaks are not increasing offsets inside each step's text");
	}
	return {
		ok: true,
		message: {
			type: 'storymap:present-state',
			from: data.from,
			version,
			step,
			part,
			blank,
			textSize,
			breaks: breaks.map((b) => [...b])
		}
	};
}

/** True when two states show the same thing: a window ignores an echo of its own state. */
export const sameState = (a: PresentState, b: PresentState) =>
	a.step === b.step && a.part === b.part && a.blank === b.blank && a.textSize === b.textSize;

/**
 * A frame's worth of messages, as few as do the same: a state says everything a window shows, so
 * only the last state from each role counts; hellos and byes all stay, in their order. A flood
 * of states (thousands a second) then costs the page one update per frame.
 */
export function coalescePresentMessages(messages: readonly PresentMessage[]): PresentMessage[] {
	const lastState = new Map<Role, number>();
	messages.forEach((m, i) => {
		if (m.type === 'storymap:present-state') lastState.set(m.from, i);
	});
	return messages.filter(
		(m, i) => m.type !== 'storymap:present-state' || lastState.get(m.from) === i
	);
}
