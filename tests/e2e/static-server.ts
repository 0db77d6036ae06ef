/**
 * A tiny static file server for the built renderer (out/renderer) on
 * 127.0.0.1: Chromium refuses module scripts from file://. Serves only files
 * inside its root (the same rule as the app's own scheme), with the same CSP
 * the app ships.
 */

import { createReadStream } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mimeTypeOf, resolveRendererFile } from '../../electron/renderer-files';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export async function serveStatic(root: string): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    void resolveRendererFile(root, new URL(req.url ?? '/', 'http://x').pathname).then((file) => {
      if (file === null) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, {
        'Content-Type': mimeTypeOf(file),
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'Cache-Control': 'no-store',
      });
      createReadStream(file).pipe(res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
