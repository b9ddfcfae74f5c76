// The embed's postMessage vocabulary (public contract: flat objects with a `type`).

export const MESSAGE = {
	ready: 'storymap:ready',
	step: 'storymap:step',
	resize: 'storymap:resize',
	goto: 'storymap:goto',
	next: 'storymap:next',
	prev: 'storymap:prev'
} as const;

/** Frame → parent. */
export interface ReadyMessage {
	type: typeof MESSAGE.ready;
	steps: { id: string; title: string }[];
}

export interface StepMessage {
	type: typeof MESSAGE.step;
	index: number;
	id: string;
	camera: { center: [number, number]; zoom: number; bearing: number; pitch: number };
}

export interface ResizeMessage {
	type: typeof MESSAGE.resize;
	height: number;
}

export type FrameMessage = ReadyMessage | StepMessage | ResizeMessage;

/** Parent → frame, once validated. */
export type Command = { type: 'goto'; step: string } | { type: 'next' } | { type: 'prev' };

/** Longer than any slug or number could be; longer strings are rejected unread. */
const MAX_STRING = 200;
/** The tallest height a frame may ask for, in CSS pixels; a larger one is an error or an attack. */
export const MAX_FRAME_HEIGHT = 20_000;

/**
 * The data as a flat record of at most `keys` own properties, or null for anything else (an array,
 * a Blob, a Date, a huge object: counting stops at the first key too many).
 */
function record(data: unknown, keys: number): Record<string, unknown> | null {
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
	if (Object.getPrototypeOf(data) !== Object.prototype) return null;
	let count = 0;
	for (const key in data) {
		if (!Object.hasOwn(data, key) || ++count > keys) return null;
	}
	return data as Record<string, unknown>;
}

const shortString = (value: unknown): value is string =>
	typeof value === 'string' && value.length <= MAX_STRING;

/**
 * A parent's message as a command for an embed showing `slugs`, or null: wrong shape, extra
 * fields, a slug outside the embed. Never throws, whatever it is given.
 */
export function parseCommand(data: unknown, slugs: readonly string[]): Command | null {
	try {
		const message = record(data, 2);
		if (!message) return null;
		const { type } = message;
		const fields = Object.keys(message).length;
		if (type === MESSAGE.next && fields === 1) return { type: 'next' };
		if (type === MESSAGE.prev && fields === 1) return { type: 'prev' };
		if (type === MESSAGE.goto && fields === 2) {
			const { step } = message;
			return shortString(step) && slugs.includes(step) ? { type: 'goto', step } : null;
		}
		return null;
	} catch {
		return null;
	}
}

/** The height a frame's `storymap:resize` message asks for, or null. Never throws. */
export function parseResize(data: unknown): number | null {
	try {
		const message = record(data, 2);
		if (!message || message.type !== MESSAGE.resize) return null;
		const { height } = message;
		return typeof height === 'number' && height >= 0 && height <= MAX_FRAME_HEIGHT
			? Math.ceil(height)
			: null;
	} catch {
		return null;
	}
}
