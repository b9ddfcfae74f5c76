import { LIMITS } from './limits';
import { StoryError } from './story-error';

const BOM = [0xef, 0xbb, 0xbf];

/**
 * The text of a story file (story.yaml or its essay), read strictly as UTF-8. A file in another
 * encoding (a cp1252 save turns "’" into one byte) would otherwise pass as text full of U+FFFD.
 * A byte-order mark is refused rather than stripped: it is invisible, other tools (diffs, the
 * essay comparison) trip on it, and "save as UTF-8 without BOM" is a fix an editor can make once.
 */
export function decodeStoryFile(file: string, bytes: Uint8Array): string {
	const fail = (message: string): never => {
		throw new StoryError([{ file, message }]);
	};
	if (bytes.length > LIMITS.fileBytes) {
		fail(`is ${bytes.length} bytes; at most ${LIMITS.fileBytes} (1 MB) are allowed`);
	}
	if (bytes.length === 0) fail('is empty');
	if (BOM.every((b, i) => bytes[i] === b)) {
		fail('starts with a byte-order mark (BOM): save it as UTF-8 without BOM');
	}
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		const lossy = new TextDecoder('utf-8').decode(bytes);
		const at = lossy.indexOf('\uFFFD');
		const line = lossy.slice(0, Math.max(0, at)).split('\n').length;
		return fail(
			`is not valid UTF-8 (first bad byte on line ${line}): save it as UTF-8, not as Windows-1252 or Latin-1`
		);
	}
}
