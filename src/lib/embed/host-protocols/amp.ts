import type { HostProtocol, Send } from './types';

// AMP's amp-iframe, written from its public description: a frame inside an `<amp-iframe
// resizable>` asks for a new height with `{ sentinel: 'amp', type: 'embed-size', height }`. AMP
// resizes at once when the frame is out of view or the reader has interacted; otherwise it shows
// the element's `overflow` child, which resizes on a tap. AMP's answers (`embed-size-changed`,
// `embed-size-denied`) need nothing from us.

export interface AmpResize {
	sentinel: 'amp';
	type: 'embed-size';
	height: number;
}

export const ampResize = (height: number): AmpResize => ({
	sentinel: 'amp',
	type: 'embed-size',
	height
});

/**
 * The AMP child. Nothing marks a frame as AMP's, so it speaks whenever framed: one flat object
 * per height change, which any other parent ignores.
 */
export function ampProtocol(send: Send): HostProtocol {
	return {
		resize: (height) => send(ampResize(height)),
		receive: () => undefined
	};
}
