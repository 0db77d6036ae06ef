/**
 * The command-line examples of README.md and docs/*.md, read from their
 * fenced code blocks for the cli-examples test: a `sh`/`bash` block's every
 * command line, and in any block the `$ ` lines of a terminal transcript with
 * the output lines printed under each. Synopses (a plain block without `$ `)
 * are not examples.
 */

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface DocExample {
  /** File and 1-based line, e.g. "docs/formats.md:284". */
  where: string;
  /** The command line as written (without its "$ "). */
  command: string;
  /** The lines a transcript shows under it (empty for a plain `sh` block). */
  output: string[];
}

/** The Markdown files whose examples must run: README.md and every docs/*.md. */
export function docFiles(root: string): string[] {
  const docs = readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`);
  return ['README.md', ...docs.sort()];
}

/** Every example in `file` (relative to `root`) that runs Hamish's command line or names it. */
export function cliExamples(root: string, file: string): DocExample[] {
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  const examples: DocExample[] = [];
  let block: { lang: string; start: number; lines: string[] } | null = null;
  lines.forEach((line, i) => {
    const fence = /^```(\w*)/u.exec(line);
    if (fence && !block) {
      block = { lang: fence[1] ?? '', start: i + 1, lines: [] };
      return;
    }
    if (!block) return;
    if (!line.startsWith('```')) {
      block.lines.push(line);
      return;
    }
    examples.push(...fromBlock(file, block.lang, block.start, block.lines));
    block = null;
  });
  return examples.filter((e) => /\bhamish\b/u.test(e.command.split(' ').slice(0, 6).join(' ')));
}

function fromBlock(file: string, lang: string, start: number, lines: string[]): DocExample[] {
  const transcript = lines.some((l) => l.startsWith('$ '));
  if (!transcript && !['sh', 'bash', 'shell'].includes(lang)) return [];
  const out: DocExample[] = [];
  lines.forEach((line, j) => {
    const where = `${file}:${start + j + 1}`;
    if (transcript && line.startsWith('$ ')) out.push({ where, command: line.slice(2), output: [] });
    else if (transcript) out.at(-1)?.output.push(line);
    else if (line.trim() !== '' && !line.trim().startsWith('#'))
      out.push({ where, command: line.replace(/\s+#.*$/u, ''), output: [] });
  });
  return out;
}

/** Splits a shell command line into words: single and double quotes, no expansions but `~/`. */
export function shellWords(command: string, home: string): string[] {
  const words: string[] = [];
  const re = /"([^"]*)"|'([^']*)'|(\S+)/gu;
  for (const m of command.matchAll(re)) {
    const word = m[1] ?? m[2] ?? (m[3] ?? '').replace(/^~(?=\/|$)/u, home);
    words.push(word);
  }
  return words;
}
