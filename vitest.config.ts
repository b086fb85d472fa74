import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: [{ find: /^@\//, replacement: fileURLToPath(new URL('./', import.meta.url)) }],
  },
  test: {
    // Unit tests sit beside the module they test; checks of the editorial content have a folder of their own.
    include: ['lib/**/*.test.ts', 'components/**/*.test.tsx', 'scripts/**/*.test.ts', 'tests/editorial/**/*.test.ts', 'tests/docs/**/*.test.ts', 'tests/screen-reader/**/*.test.ts', 'tests/architecture/**/*.test.ts', 'tests/support/**/*.test.ts'],
    // Some tests start the content scripts as processes: on two busy cores that takes seconds, not milliseconds.
    hookTimeout: 60_000,
    testTimeout: 30_000,
  },
});
