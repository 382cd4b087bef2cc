import { defineConfig } from 'vitest/config';

// Files that replace a module with vi.mock need a fresh module graph of their own; every other file
// shares its worker's modules, which halves the suite's time (each file no longer re-imports the
// knowledge layer and Az's dictionaries).
const moduleMockFiles = ['test/knowledge/ingest/read-sources-faults.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'shared-modules',
          include: ['test/**/*.test.ts'],
          exclude: moduleMockFiles,
          globalSetup: ['test/support/build-bundle.ts'],
          isolate: false,
        },
      },
      { extends: true, test: { name: 'module-mocks', include: moduleMockFiles, isolate: true } },
    ],
  },
});
