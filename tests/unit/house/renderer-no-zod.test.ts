/**
 * The house rule that keeps zod out of the renderer's bundle: zod builds its
 * schemas' fast path with `new Function`, which the renderer's CSP refuses
 * (and reports), so no module the renderer reaches through runtime imports
 * may import zod. Type-only imports (`import type`, or every specifier
 * marked `type`) are erased by the build and are not followed; static and
 * dynamic imports and re-exports are. Parsed with the TypeScript compiler.
 */

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const ENTRY = join(ROOT, 'renderer', 'src', 'main.tsx');

/** Whether `node` (an import or export declaration) is erased by the build. */
function typeOnly(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(node)) {
    if (node.isTypeOnly) return true;
    const clause = node.exportClause;
    return clause !== undefined && ts.isNamedExports(clause) && clause.elements.length > 0
      ? clause.elements.every((e) => e.isTypeOnly)
      : false;
  }
  const clause = node.importClause;
  if (!clause) return false; // a side-effect import
  if (clause.phaseModifier === ts.SyntaxKind.TypeKeyword) return true;
  if (clause.name) return false;
  const bindings = clause.namedBindings;
  return bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.length > 0
    ? bindings.elements.every((e) => e.isTypeOnly)
    : false;
}

/** The module specifiers `file` imports at run time. */
function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      if (!typeOnly(node) && ts.isStringLiteral(node.moduleSpecifier)) found.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      found.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The TypeScript file a relative specifier names, or undefined (CSS, JSON and other assets). */
function resolveLocal(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find(
    (path) => /\.tsx?$/u.test(path) && existsSync(path),
  );
}

/** Every chain of runtime imports from `entry` to zod, each as the files it passes through. */
function chainsToZod(entry: string): string[][] {
  const seen = new Set<string>([entry]);
  const queue: { file: string; chain: string[] }[] = [{ file: entry, chain: [entry] }];
  const chains: string[][] = [];
  for (let next = queue.shift(); next; next = queue.shift()) {
    for (const specifier of runtimeImports(next.file)) {
      if (specifier === 'zod' || specifier.startsWith('zod/')) {
        chains.push([...next.chain, specifier].map((f) => f.replace(ROOT, '')));
        continue;
      }
      if (!specifier.startsWith('.')) continue;
      const target = resolveLocal(next.file, specifier);
      if (!target || seen.has(target)) continue;
      seen.add(target);
      queue.push({ file: target, chain: [...next.chain, target] });
    }
  }
  return chains;
}

describe('zod stays out of the renderer', () => {
  it('reaches no zod import from renderer/src/main.tsx through runtime imports', () => {
    expect(chainsToZod(ENTRY).map((chain) => chain.join(' → '))).toEqual([]);
  });

  it('would see zod reached through a runtime import, and not through a type-only one', () => {
    // The check itself: shared/adjudication/adjudication-types.ts imports zod at run time.
    const types = join(ROOT, 'shared', 'adjudication', 'adjudication-types.ts');
    expect(chainsToZod(types).length).toBeGreaterThan(0);
    // The contract is imported by the renderer for its types only.
    const contract = join(ROOT, 'shared', 'ipc-contract-adjudication.ts');
    expect(chainsToZod(contract)).toEqual([]);
  });
});
