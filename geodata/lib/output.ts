// Writing files and reporting their size, raw and gzip (the size the site's budget counts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export function gzipBytes(content: string | Uint8Array): number {
	return gzipSync(content, { level: 9 }).length;
}

export function formatBytes(bytes: number): string {
	return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}

export class Writer {
	readonly written: { file: string; raw: number; gzip: number }[] = [];

	constructor(private readonly root: string) {}

	write(path: string, content: string | Uint8Array): void {
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, content);
		const raw = typeof content === 'string' ? Buffer.byteLength(content) : content.length;
		const entry = { file: relative(this.root, path), raw, gzip: gzipBytes(content) };
		this.written.push(entry);
		console.log(`  wrote ${entry.file}: ${formatBytes(raw)} raw, ${formatBytes(entry.gzip)} gzip`);
	}

	/** Total gzip bytes of the written files whose path starts with `prefix`. */
	gzipTotal(prefix: string): number {
		return this.written.filter((w) => w.file.startsWith(prefix)).reduce((n, w) => n + w.gzip, 0);
	}
}
