import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAtomicFile, sweepTempFiles, writeFileAtomic, writeFileAtomicSync } from '../../../../src-main/fs/atomic-file';
import { tempDir } from '../vault/temp-vault';

describe('atomic file writes (src-main/fs/atomic-file.ts)', () => {
  it('replaces a file whole and leaves no temp file behind', async () => {
    const dir = tempDir();
    const path = join(dir, 'vault.json');
    writeFileSync(path, 'old');
    await writeFileAtomic(path, 'new');
    writeFileAtomicSync(join(dir, 'settings.json'), '{}');
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(readdirSync(dir).sort()).toEqual(['settings.json', 'vault.json']);
  });

  it('keeps the old bytes until commit, and abort leaves the target untouched', async () => {
    const dir = tempDir();
    const path = join(dir, 'target');
    writeFileSync(path, 'old');
    const file = await openAtomicFile(path);
    await file.handle.writeFile('half-written');
    expect(readFileSync(path, 'utf8')).toBe('old');
    await file.abort();
    expect(readFileSync(path, 'utf8')).toBe('old');
    expect(existsSync(file.tempPath)).toBe(false);
  });

  it('sweeps only temp files, one directory level down when asked', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '.tmp-a'), '');
    writeFileSync(join(dir, 'keep'), '');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(dir, 'ab'));
    writeFileSync(join(dir, 'ab', '.tmp-b'), '');
    writeFileSync(join(dir, 'ab', 'cdef'), '');
    expect(await sweepTempFiles(dir, 1)).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(['ab', 'keep']);
    expect(readdirSync(join(dir, 'ab'))).toEqual(['cdef']);
  });
});
