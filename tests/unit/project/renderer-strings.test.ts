import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { resources } from '../../../shared/i18n/resources';

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );

const rendererFiles = filesUnder('src-renderer');
const parse = (file: string) => ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
const visit = (node: ts.Node, fn: (node: ts.Node) => void): void => {
  fn(node);
  node.forEachChild((child) => visit(child, fn));
};

/** Attributes a person reads or a screen reader speaks; literals there would bypass translation. */
const SPOKEN_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'aria-description']);

function hasKey(namespace: string, key: string): boolean {
  let node: unknown = (resources.en as Record<string, unknown>)[namespace];
  // Error codes are flat keys that contain dots ('custody.broken').
  if (typeof node === 'object' && node !== null && typeof (node as Record<string, unknown>)[key] === 'string') return true;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return false;
    const record = node as Record<string, unknown>;
    node = record[part] ?? record[`${part}_other`] ?? record[`${part}_one`];
  }
  return typeof node === 'string' || (typeof node === 'object' && node !== null);
}

describe('renderer strings', () => {
  it('shows no user-visible text that is not in the translation resources', () => {
    const literals: string[] = [];
    for (const file of rendererFiles.filter((f) => f.endsWith('.tsx'))) {
      visit(parse(file), (node) => {
        if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) literals.push(`${file}: "${node.text.trim()}"`);
        if (ts.isJsxAttribute(node) && SPOKEN_ATTRIBUTES.has(node.name.getText()) && node.initializer && ts.isStringLiteral(node.initializer)) {
          literals.push(`${file}: ${node.name.getText()}="${node.initializer.text}"`);
        }
      });
    }
    expect(literals).toEqual([]);
  });

  it('uses only translation keys that exist in English', () => {
    const missing: string[] = [];
    for (const file of rendererFiles) {
      const source = parse(file);
      // Namespaces a component asked for: useTranslation('vault') or useTranslation(['vault', 'common']).
      const declared = [...source.text.matchAll(/useTranslation\(\s*(?:\[([^\]]*)\]|'([^']*)')?/g)].flatMap((m) =>
        (m[1] ?? m[2] ?? 'common').split(',').map((s) => s.trim().replace(/'/g, '')),
      );
      const defaultNamespace = declared[0] ?? 'common';
      visit(source, (node) => {
        if (!ts.isCallExpression(node) || node.expression.getText() !== 't') return;
        const [first] = node.arguments;
        if (!first || !ts.isStringLiteral(first)) return;
        const [namespace, key] = first.text.includes(':') ? first.text.split(':') as [string, string] : [defaultNamespace, first.text];
        if (!hasKey(namespace, key)) missing.push(`${file}: ${namespace}:${key}`);
      });
    }
    expect(missing).toEqual([]);
  });
});
