/**
 * electron/app-protocol.ts (with renderer-files.ts) on a real folder, Electron
 * mocked: the scheme is registered privileged, files inside the renderer
 * folder are served with their MIME type and the CSP header, and every way
 * out of the folder (.., encoded .., backslash, NUL, a link, another host)
 * answers 404 without reading the file.
 */

import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  createAppFileHandler,
  registerAppScheme,
  serveAppScheme,
} from '../../../electron/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../shared/csp';
import { useTempDirs } from '../helpers';
import { protocol, resetElectronFake } from './electron-fake';

const tempDir = useTempDirs();
beforeEach(resetElectronFake);

const SECRET = 'secret outside the renderer folder';

/** A renderer folder (root/renderer) with a secret file next to it (root/secret.txt). */
async function rendererFolder() {
  const root = await tempDir();
  const renderer = join(root, 'renderer');
  await mkdir(join(renderer, 'assets'), { recursive: true });
  await writeFile(join(renderer, 'index.html'), '<!doctype html><title>هامش</title>');
  await writeFile(join(renderer, 'assets', 'index-abc.js'), 'export {};');
  await writeFile(join(renderer, 'assets', 'index-abc.css'), 'body{}');
  await writeFile(
    join(renderer, 'assets', 'noto-naskh-arabic-400.woff2'),
    Buffer.from([0x77, 0x4f, 0x46, 0x32]),
  );
  await writeFile(join(root, 'secret.txt'), SECRET);
  await symlink(join(root, 'secret.txt'), join(renderer, 'assets', 'link.txt'));
  return { renderer, handler: createAppFileHandler(renderer) };
}

describe('the scheme', () => {
  it('is registered standard and secure before ready, and handled on hamish:', () => {
    registerAppScheme();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    expect(protocol.registerSchemesAsPrivileged.mock.calls[0]?.[0]).toMatchObject([
      { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    serveAppScheme('/nowhere');
    expect(protocol.handle).toHaveBeenCalledExactlyOnceWith(APP_SCHEME, expect.any(Function));
    expect(APP_ENTRY_URL).toBe('hamish://app/index.html');
  });
});

describe('serving out/renderer', () => {
  it.each([
    ['hamish://app/index.html', 'text/html; charset=utf-8'],
    ['hamish://app/', 'text/html; charset=utf-8'],
    ['hamish://app/assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['hamish://app/assets/index-abc.css', 'text/css; charset=utf-8'],
    ['hamish://app/assets/noto-naskh-arabic-400.woff2', 'font/woff2'],
  ])('%s: 200, %s, with the CSP', async (url, type) => {
    const { handler } = await rendererFolder();
    const response = await handler(new Request(url));
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe(type);
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(0);
  });

  it('serves the bytes of the file', async () => {
    const { handler } = await rendererFolder();
    await expect((await handler(new Request(APP_ENTRY_URL))).text()).resolves.toBe(
      '<!doctype html><title>هامش</title>',
    );
  });

  it.each([
    'hamish://app/../secret.txt',
    'hamish://app/%2e%2e/secret.txt',
    'hamish://app/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'hamish://app/assets/..%5c..%5csecret.txt',
    'hamish://app/index.html%00.js',
    'hamish://app/%E0%A4%A',
    'hamish://app/assets/link.txt',
    'hamish://app/assets',
    'hamish://app/missing.js',
    'hamish://other/index.html',
    'hamish://app.evil/index.html',
  ])('refuses %s with 404 and never sends the secret', async (url) => {
    const { handler } = await rendererFolder();
    const response = await handler(new Request(url));
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain(SECRET);
  });

  it('refuses other methods', async () => {
    const { handler } = await rendererFolder();
    expect((await handler(new Request(APP_ENTRY_URL, { method: 'POST', body: 'x' }))).status).toBe(404);
  });
});
