// vitest globalSetup: the end-to-end tests run the bot as `npm start` does, from the bundle in dist/
// (scripts/build.mjs, which npm's prestart runs); build it once before any test file starts.
// @ts-expect-error scripts/build.mjs is plain JavaScript without types
import { bundle } from '../../scripts/build.mjs';

export default async function setup(): Promise<void> {
  await bundle();
}
