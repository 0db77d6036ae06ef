import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './shared/csp';

/** Puts the strict CSP into the built index.html (the dev server needs a looser one, set by main). */
function cspMeta(): Plugin {
  return {
    name: 'hamish-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        // Worker threads are entries of their own, started by path from beside main.js: the Hamish
        // JSON import's (import-in-worker.ts), search's (search-worker-client.ts) and the agreement
        // report's (agreement-worker-client.ts); shared chunks
        // stay in the same folder.
        input: {
          main: resolve('electron/main.ts'),
          'import-worker': resolve('electron/services/transfer/import-worker.ts'),
          'search-worker': resolve('electron/services/search/search-worker.ts'),
          'agreement-worker': resolve('electron/services/agreement/agreement-worker.ts'),
        },
        output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
      },
    },
  },
  preload: {
    build: {
      rollupOptions: {
        input: { preload: resolve('electron/preload.ts') },
        // A sandboxed preload must be CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react(), cspMeta()],
    build: {
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
      // Fonts are emitted as files, never inlined as data: URLs, so the CSP's `font-src 'self'` admits them.
      assetsInlineLimit: (file: string) => (/\.(woff2?|ttf|otf|eot)$/i.test(file) ? false : undefined),
    },
  },
});
