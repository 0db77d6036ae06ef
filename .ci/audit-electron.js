#!/usr/bin/env node
// Runs @doyensec/electronegativity on the app's sources and fails on any
// finding not justified in security/electronegativity-justified.json (and on
// justifications that no longer match a finding). Offline: the check that
// downloads Electron's release list is skipped; the tool's translation fetch
// fails fast without network and falls back to its bundled English.
// Usage: npm run audit:electron [-- --report <file.json>]

import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const cli = require.resolve('@doyensec/electronegativity/dist/index.js');

// The shipped sources only (not tests, not node_modules, not a stale build).
const INPUTS = [
  'electron',
  'shared',
  'renderer/src',
  'renderer/index.html',
  'package.json',
  'electron-builder.yml',
];
const work = mkdtempSync(join(tmpdir(), 'hamish-electronegativity-'));
for (const input of INPUTS) cpSync(join(root, input), join(work, 'src', input), { recursive: true });

const sarif = join(work, 'findings.sarif');
const run = spawnSync(
  process.execPath,
  [cli, '-i', join(work, 'src'), '-r', '-v', 'false', '-x', 'AvailableSecurityFixesGlobalCheck', '-o', sarif],
  { encoding: 'utf8', env: { ...process.env, LANG: 'en-US' } },
);
if (run.status !== 0) {
  console.error(run.stdout, run.stderr);
  throw new Error(`electronegativity exited with ${run.status}`);
}

// Each finding with the source line it points at (the tool's own sample text is mangled in CSV).
const { runs } = JSON.parse(readFileSync(sarif, 'utf8'));
const findings = runs[0].results.map((r) => {
  const { artifactLocation, region } = r.locations[0].physicalLocation;
  const file = artifactLocation.uri;
  const lines = readFileSync(join(work, 'src', file), 'utf8').split('\n');
  return {
    check: r.ruleId,
    level: r.level,
    message: r.message.text,
    file,
    line: region.startLine,
    sample: (lines[region.startLine - 1] ?? '').trim(),
  };
});
rmSync(work, { recursive: true, force: true });

const { justified } = JSON.parse(
  readFileSync(join(root, 'security', 'electronegativity-justified.json'), 'utf8'),
);
const used = new Set();
const unjustified = findings.filter((f) => {
  const index = justified.findIndex(
    (j) => j.check === f.check && j.file === f.file && f.sample.includes(j.sample),
  );
  if (index >= 0) used.add(index);
  return index < 0;
});
const stale = justified.filter((_, i) => !used.has(i));

for (const f of findings) {
  const mark = unjustified.includes(f) ? 'UNJUSTIFIED' : 'justified';
  console.log(`${mark.padEnd(11)} ${f.check} (${f.level}) ${f.file}:${f.line}  ${f.sample}`);
}
const reportAt = process.argv.indexOf('--report');
if (reportAt > 0) {
  writeFileSync(process.argv[reportAt + 1], `${JSON.stringify({ findings, unjustified, stale }, null, 2)}\n`);
}
console.log(
  `electronegativity: ${findings.length} findings, ${findings.length - unjustified.length} justified, ` +
    `${unjustified.length} unjustified, ${stale.length} stale justifications`,
);
for (const s of stale) console.error(`stale justification (matches no finding): ${s.check} ${s.file}`);
if (unjustified.length > 0 || stale.length > 0) process.exit(1);
