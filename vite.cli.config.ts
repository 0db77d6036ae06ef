/**
 * Builds the command line (electron/cli/hamish.ts) into out/cli/hamish.mjs,
 * one plain-Node ES module; dependencies (lowdb, zod) stay external and come
 * from node_modules. Part of `npm run build`.
 */

import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    ssr: resolve('electron/cli/hamish.ts'),
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: {
      output: { format: 'es', entryFileNames: 'hamish.mjs', banner: '#!/usr/bin/env node' },
    },
  },
});
