import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

/** A folder served under a URL prefix. */
export interface Mount {
	prefix: string;
	dir: string;
}

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.geojson': 'application/geo+json',
	'.svg': 'image/svg+xml',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml'
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.geojson', '.svg', '.txt']);

async function findFile(dir: string, path: string) {
	const file = join(dir, normalize(decodeURIComponent(path)).replace(/^(\.\.[/\\])+/, ''));
	for (const candidate of [file, join(file, 'index.html')]) {
		const info = await stat(candidate).catch(() => undefined);
		if (info?.isFile()) return { file: candidate, version: `${candidate}:${info.mtimeMs}` };
	}
	return undefined;
}

/**
 * A static server the way a plain host serves the site: gzip for text (level 9, computed once per
 * file), long caching for SvelteKit's hashed files, short for the rest. It serves the build as it
 * is on disk, so a rebuild needs no restart (unlike `vite preview`, which caches its file list).
 */
export function serve(mounts: Mount[], port: number): Promise<Server> {
	const gzipped = new Map<string, Buffer>();
	const server = createServer(async (req, res) => {
		const path = new URL(req.url ?? '/', 'http://localhost').pathname;
		const mount = mounts.find((m) => path.startsWith(m.prefix));
		const found = mount && (await findFile(mount.dir, path.slice(mount.prefix.length)));
		if (!found) {
			res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
			return;
		}
		const ext = extname(found.file);
		let body: Buffer = await readFile(found.file);
		const headers: Record<string, string> = {
			'content-type': TYPES[ext] ?? 'application/octet-stream',
			'cache-control': path.includes('/immutable/')
				? 'public, max-age=31536000, immutable'
				: 'public, max-age=600'
		};
		if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
			const cached = gzipped.get(found.version) ?? gzipSync(body, { level: 9 });
			gzipped.set(found.version, cached);
			body = cached;
			headers['content-encoding'] = 'gzip';
			headers.vary = 'accept-encoding';
		}
		headers['content-length'] = String(body.length);
		res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : body);
	});
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => resolve(server));
	});
}
