/**
 * Process-wide security policy for the main process: a strict
 * Content-Security-Policy on every response, all permission requests denied,
 * navigation and new windows blocked, and http(s) links handed to the system
 * browser only after the user confirms.
 */

import { app, dialog, session, shell, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';

/** Vite's dev server needs inline scripts and a websocket; used only with `npm run dev`. */
const DEV_CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; " +
  "font-src 'self'; img-src 'self' data:; connect-src 'self' ws://localhost:* http://localhost:*";

/** Whether `url` is an http: or https: URL (the only kind ever offered to the system browser). */
export function isExternalWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

async function confirmAndOpenExternal(url: string): Promise<void> {
  const { response } = await dialog.showMessageBox({
    type: 'question',
    buttons: ['Open', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    message: 'Open this link in your web browser?',
    detail: url,
  });
  if (response === 0) await shell.openExternal(url);
}

function lockDownContents(contents: WebContents, isDev: boolean): void {
  contents.on('will-navigate', (event, url) => {
    // The app is a single page: the only navigation allowed is the dev server reloading itself.
    if (isDev && url.startsWith(process.env['ELECTRON_RENDERER_URL'] ?? '\0')) return;
    event.preventDefault();
    if (isExternalWebUrl(url)) void confirmAndOpenExternal(url);
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalWebUrl(url)) void confirmAndOpenExternal(url);
    return { action: 'deny' };
  });
}

/** Installs the policy; call once, before any window is created. */
export function installSecurityPolicy(isDev: boolean): void {
  const policy = isDev ? DEV_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY;
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] },
    });
  });
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents, isDev));
}
