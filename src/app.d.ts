// The client build's Vite manifest, where the prerendered story page finds its entry's file
// (src/build/story-page-entry-plugin.ts).
declare const __CLIENT_MANIFEST__: string;
