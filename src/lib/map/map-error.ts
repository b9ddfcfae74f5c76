/**
 * What kept the live map from starting:
 * - `no-webgl`: this browser cannot draw it; trying again will not help.
 * - `network`: a request failed, answered with an error or never answered; trying again may.
 * - `code`: MapLibre's code did not load: the network, or a new version of the site whose files
 *   replaced the ones this page asks for.
 * - `drawing`: MapLibre failed while drawing the first view.
 */
export type MapFault = 'no-webgl' | 'network' | 'code' | 'drawing';

/** Why the live map is not there, in words for the reader (the message is shown as it is). */
export class MapUnavailable extends Error {
	constructor(
		message: string,
		readonly fault: MapFault,
		options?: ErrorOptions
	) {
		super(message, options);
		this.name = 'MapUnavailable';
	}

	/** Whether asking again may bring the map: everything but a browser without WebGL. */
	get retryable(): boolean {
		return this.fault !== 'no-webgl';
	}
}

/** What the reader is told when a download fails on the network (fetch's own message is not for readers). */
export const NO_CONNECTION = 'The interactive map could not be loaded: check the connection.';

/** What the reader is told when a request of the live map has gone unanswered for too long. */
export const TOO_SLOW = 'The interactive map is taking too long to load: check the connection.';

/** A request of the live map that never answered (see REQUEST_TIMEOUT_MS). */
export const tooSlow = (): MapUnavailable => new MapUnavailable(TOO_SLOW, 'network');
