/**
 * Builds the command line (electron/cli/hamish.ts) into out/cli/hamish.mjs,
 * plain-Node ES modules, with the search worker beside it (search-worker.mjs,
 * started by path when a command searches); dependencies (lowdb, zod,
 * better-sqlite3) stay external and come from node_modules. Part of `npm run build`.
 */

import { chmod } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const OUT_DIR = 'out/cli';
const ENTRY = 'hamish.mjs';

/** The bin must be executable: npx and npm's bin links run it directly (via its #! line). */
function executable(): Plugin {
  return {
    name: 'hamish-cli-executable',
    apply: 'build',
    async writeBundle() {
      await chmod(join(OUT_DIR, ENTRY), 0o755);
    },
  };
}

export default defineConfig({
  plugins: [executable()],
  // i18next (a devDependency, like everything the renderer bundles) is bundled in, for the app's import sentences.
  ssr: { noExternal: ['i18next'] },
  build: {
    ssr: true,
    outDir: OUT_DIR,
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: {
      // Worker threads are entries of their own, beside hamish.mjs: the Hamish JSON import's
      // (import-in-worker.ts), search's (search-worker-client.ts) and agreement's.
      input: {
        hamish: resolve('electron/cli/hamish.ts'),
        'import-worker': resolve('electron/services/transfer/import-worker.ts'),
        'search-worker': resolve('electron/services/search/search-worker.ts'),
        'agreement-worker': resolve('electron/services/agreement/agreement-worker.ts'),
      },
      output: {
        format: 'es',
        entryFileNames: '[name].mjs',
        chunkFileNames: '[name]-[hash].mjs',
        banner: (chunk) => (chunk.name === 'hamish' ? '#!/usr/bin/env node' : ''),
      },
    },
  },
});
