/**
 * The app's own origin: the built renderer is served from `hamish://app/`
 * (a privileged standard scheme) instead of file://, so `'self'` in the CSP
 * and the IPC sender check mean this app's page and nothing else on the disk.
 * Only files inside out/renderer are served; each response carries the CSP.
 */

import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';
import { mimeTypeOf, resolveRendererFile } from './renderer-files';

export const APP_SCHEME = 'hamish';
export const APP_HOST = 'app';
/** The origin the packaged page runs in; senders are checked against it. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The URL the main window loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Declares the scheme standard and secure (so it has an origin, `'self'`,
 * fetch and module scripts); must run before the app is ready.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
}

/**
 * The request handler for the scheme: GET of a file inside `root` answers
 * 200 with its bytes, its MIME type and the CSP header; anything else (other
 * host, other method, a path outside `root`, a missing file) answers 404.
 */
export function createAppFileHandler(root: string): (request: Request) => Promise<Response> {
  return async (request) => {
    const url = new URL(request.url);
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || request.method !== 'GET') {
      return notFound();
    }
    const file = await resolveRendererFile(root, url.pathname);
    if (file === null) return notFound();
    const body = await readFile(file);
    return new Response(body, {
      status: 200,
      headers: {
        'Content-Type': mimeTypeOf(file),
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  };
}

/** Serves `root` (out/renderer) on the scheme; call once the app is ready. */
export function serveAppScheme(root: string): void {
  protocol.handle(APP_SCHEME, createAppFileHandler(root));
}
