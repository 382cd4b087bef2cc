/**
 * Where this code runs from: its TypeScript sources (tsx, vitest) or the bundle `npm start` runs
 * (scripts/build.mjs writes it to dist/, one level below the repository like src/). A bundle's modules
 * share their chunk's import.meta.url, so files beside a source module are found from here instead.
 */
const BUNDLED = !import.meta.url.endsWith('.ts');

/** src/knowledge/ of the repository (vocabulary files, and the code a store's fingerprint hashes). */
export const KNOWLEDGE_DIR: URL = BUNDLED
  ? new URL('../src/knowledge/', import.meta.url)
  : new URL('./', import.meta.url);

/**
 * The script of an entry point that runs in its own thread or process: the bundle's `<bundled>.js`, or
 * from the sources `<source>` (relative to src/knowledge/) with whatever loader the parent has.
 */
export function entryScript(source: string, bundled: string): URL {
  return BUNDLED ? new URL(`./${bundled}.js`, import.meta.url) : new URL(source, KNOWLEDGE_DIR);
}
