import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // `electron` is mocked once, here, for every test that imports the shell's modules.
    setupFiles: ['tests/unit/electron/setup.ts'],
    // electron-store imports `electron` itself: run it through Vite so it gets the mock too.
    server: { deps: { inline: ['electron-store'] } },
    testTimeout: 20_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
