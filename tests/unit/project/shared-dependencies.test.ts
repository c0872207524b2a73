import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every package shared/ uses is a deliberate choice: it must run unchanged in Node and in the browser. */
// docx and write-excel-file write the dossier and the table of cases by article for both the app and the CLI.
const ALLOWED_PACKAGES = new Set(['zod', 'minisearch', 'docx', 'write-excel-file']);

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );

describe('shared/ dependencies', () => {
  it('imports only relative modules and allow-listed packages', () => {
    const offenders: string[] = [];
    for (const file of filesUnder('shared')) {
      for (const match of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)) {
        const specifier = match[1]!;
        if (specifier.startsWith('.')) continue;
        const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
        if (!ALLOWED_PACKAGES.has(name)) offenders.push(`${file}: ${specifier}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
