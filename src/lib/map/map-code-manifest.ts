/**
 * Where the client build lists the live map's code files (src/build/map-code-plugin.ts), relative
 * to the site's base; read by map-code.ts. Not under `immutable/`: its content changes with each
 * build. A module of its own, with no imports, so that the Vite config can read it too.
 */
export const MAP_CODE_MANIFEST = '_app/map-code.json';
