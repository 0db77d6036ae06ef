/**
 * A local Electron download mirror for the install test: a stand-in
 * `electron-v<version>-<platform>-<arch>.zip` (a shell script named
 * `electron` that records how it was launched, carrying the fuse sentinel and
 * wire that @electron/fuses reads and flips, plus a `version` file) and its
 * SHASUMS256.txt, served over HTTP on 127.0.0.1 at a free port, laid out as
 * @electron/get expects under ELECTRON_MIRROR (`v<version>/<file>`).
 */

import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { zipSync } from 'fflate';
import type { MirroredFile } from './native-prebuild';

/** @electron/fuses' marker; the wire follows it: version byte, length byte, one byte per fuse. */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron 45's defaults for the 8 V1 fuses ('1' on, '0' off), in FuseV1Options order. */
export const DEFAULT_FUSE_WIRE = '10110001';

/**
 * The stand-in binary: appends one `key<TAB>value` line per fact to the file
 * named by $HAMISH_STAND_IN_LOG (cwd, each argument, whether the app's built
 * main entry exists, ELECTRON_* variables) and exits 0.
 */
export function standInScript(): Buffer {
  const script = [
    '#!/bin/sh',
    `# ${FUSE_SENTINEL}\u0001\u0008${DEFAULT_FUSE_WIRE}`,
    'log="${HAMISH_STAND_IN_LOG:-/dev/null}"',
    'printf "cwd\\t%s\\n" "$PWD" >> "$log"',
    'for a in "$@"; do printf "arg\\t%s\\n" "$a" >> "$log"; done',
    'main=$(node -p "require(\'./package.json\').main" 2>/dev/null)',
    'printf "main\\t%s\\n" "$main" >> "$log"',
    '[ -f "$main" ] && printf "main-built\\tyes\\n" >> "$log"',
    'env | grep "^ELECTRON_" | sed "s/=/\\t/; s/^/env\\t/" >> "$log"',
    'exit 0',
    '',
  ].join('\n');
  return Buffer.from(script, 'latin1');
}

export interface Mirror {
  /** The value for ELECTRON_MIRROR (ends with "/"). */
  url: string;
  /** Paths requested so far, in order. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * Starts the mirror for Electron `version` on this platform and architecture;
 * `extra` files (other packages' prebuilt binaries) are served beside it.
 */
export async function startMirror(
  version: string,
  platform: string,
  arch: string,
  extra: MirroredFile[] = [],
): Promise<Mirror> {
  const zipName = `electron-v${version}-${platform}-${arch}.zip`;
  const zip = Buffer.from(
    zipSync({
      electron: [standInScript(), { os: 3, attrs: 0o100755 << 16 }],
      version: [Buffer.from(version), { os: 3, attrs: 0o100644 << 16 }],
    }),
  );
  const sha = createHash('sha256').update(zip).digest('hex');
  const files = new Map<string, Buffer>([
    [`/v${version}/${zipName}`, zip],
    [`/v${version}/SHASUMS256.txt`, Buffer.from(`${sha} *${zipName}\n`)],
    ...extra.map((file): [string, Buffer] => [file.path, file.body]),
  ]);
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const body = files.get(path);
    res.writeHead(body ? 200 : 404, { 'content-type': 'application/octet-stream' });
    res.end(body ?? 'not here');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
