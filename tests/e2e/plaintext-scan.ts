import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every regular file under a directory, however deep. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return entry.isFile() && statSync(path).size > 0 ? [path] : [];
  });
}

/**
 * Looks for each canary in every file, as UTF-8 and as UTF-16LE (how Chromium stores some strings), and returns
 * where it was found. An empty list means nothing typed or imported reached the disk in the clear.
 */
export function findPlaintext(dirs: readonly string[], canaries: readonly string[]): string[] {
  const needles = canaries.flatMap((canary) => [
    { canary, bytes: Buffer.from(canary, 'utf8') },
    { canary, bytes: Buffer.from(canary, 'utf16le') },
  ]);
  const found: string[] = [];
  for (const file of dirs.flatMap(filesUnder)) {
    const content = readFileSync(file);
    for (const { canary, bytes } of needles) if (content.includes(bytes)) found.push(`${canary} in ${file}`);
  }
  return found;
}
