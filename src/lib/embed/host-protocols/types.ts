/** Posts one message to the parent window (target origin `'*'`: nothing in these is private). */
export type Send = (message: unknown) => void;

/**
 * One resize protocol a host page may already run, spoken by the embed beside its own
 * `storymap:*` messages. Each is told the height the content needs and hears the parent's
 * messages (only ever the parent's: the wiring checks the source).
 */
export interface HostProtocol {
	/** The content now needs `height` CSS pixels. */
	resize(height: number): void;
	/** A message from the parent window, of any shape; what the protocol does not know it ignores. */
	receive(data: unknown): void;
	/**
	 * Asks the host to open `href` (the full story) for a frame that cannot open it itself;
	 * true when the host was asked, so the link need not be followed.
	 */
	openLink?(href: string): boolean;
}
