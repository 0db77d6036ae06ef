/**
 * Which file of the built renderer (out/renderer) a request names, and its
 * MIME type. Plain Node, no Electron: used by the app's own scheme
 * (app-protocol.ts) and by the e2e harness's static server, so both refuse
 * the same paths and label files the same way.
 */

import { realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve } from 'node:path';

/** Content types of the files a renderer build holds; anything else is served as opaque bytes. */
export const RENDERER_MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** The MIME type for a file name, by its extension (case-insensitive). */
export function mimeTypeOf(fileName: string): string {
  return RENDERER_MIME_TYPES[extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

/** Whether `child` is `parent` itself or lies below it (both absolute). */
function isInside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * The absolute path of the regular file that the URL path `pathname` (still
 * percent-encoded, as in `URL.pathname`) names inside `root`, or null when it
 * names nothing there: a path that climbs out (`..`, encoded or not), holds
 * NUL or a backslash, is malformed, is a folder, or is a link leading
 * outside `root`. `/` names `index.html`.
 */
export async function resolveRendererFile(root: string, pathname: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const base = resolve(root);
  const file = resolve(base, `.${decoded === '/' ? '/index.html' : decoded}`);
  if (!isInside(base, file)) return null;
  try {
    const [realBase, realFile] = await Promise.all([realpath(base), realpath(file)]);
    if (!isInside(realBase, realFile) || !(await stat(realFile)).isFile()) return null;
    return realFile;
  } catch {
    return null;
  }
}
