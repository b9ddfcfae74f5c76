/**
 * How deep a YAML text nests, estimated before parsing it: the YAML parser recurses once per
 * level, and a file of nothing but `[[[[…` (or `- - - …`, or ever deeper indentation) overflows
 * its stack or exhausts memory, killing the process that reads it. A story needs five levels.
 *
 * The estimate errs upwards only on text no story holds: brackets are counted everywhere (quoted
 * or not), so prose with dozens of unclosed `[` would count as deep too.
 */
export function deepestLine(text: string, limit: number): number | undefined {
	let flow = 0;
	const indents: number[] = [];
	const lines = text.split('\n');
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i] as string;
		let deepestFlow = flow;
		for (const c of line) {
			if (c === '[' || c === '{') deepestFlow = Math.max(deepestFlow, ++flow);
			else if ((c === ']' || c === '}') && flow > 0) flow--;
		}
		const body = line.trimStart();
		if (body !== '' && !body.startsWith('#')) {
			const indent = line.length - body.length;
			while (indents.length > 0 && (indents.at(-1) as number) >= indent) indents.pop();
			indents.push(indent);
		}
		const compact = /^(?:[-?:] +)*/.exec(body)?.[0].replace(/ +/g, '').length ?? 0;
		if (deepestFlow + indents.length + compact > limit) return i + 1;
	}
	return undefined;
}
