// Every route is prerendered: the text and the static maps are in the HTML before any script runs.
export const prerender = true;
export const trailingSlash = 'always';
