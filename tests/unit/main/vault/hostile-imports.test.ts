// Files a monitor really receives: empty ones, executables in disguise, names built to escape a folder, broken
// and password-protected PDFs, a copy cut off mid-transfer and a multi-gigabyte video. The vault must store each
// as opaque bytes under a random id, keep the name as data only, and leave nothing behind when a source fails.
import { createHash, randomFillSync } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { bytesOf, openTestVault, readAll, tempDir } from './temp-vault';

const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const fixture = (name: string) => new Uint8Array(readFileSync(join('tests/fixtures/evidence', name)));

/** Every file under `dir`, as paths relative to it with '/' separators. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

async function unlockedVault(dataDir?: string) {
  const vault = openTestVault(dataDir ? { dataDir } : {});
  await vault.create('pass phrase');
  return vault;
}

/** The 64-bit little-endian ELF header of an x86-64 executable: all `file-type` needs to call it ELF. */
function elfExecutable(): Uint8Array {
  const bytes = Buffer.alloc(256, 0x90);
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]).copy(bytes);
  bytes.writeUInt16LE(2, 16); // e_type: executable
  bytes.writeUInt16LE(0x3e, 18); // e_machine: x86-64
  return bytes;
}

/** An MS-DOS stub pointing at a "PE\0\0" signature: the shape of every Windows .exe and .dll. */
function peExecutable(): Uint8Array {
  const bytes = Buffer.alloc(512, 0xcc);
  bytes.write('MZ', 0, 'latin1');
  bytes.writeUInt32LE(0x80, 0x3c);
  bytes.write('PE\0\0', 0x80, 'latin1');
  return bytes;
}

describe('hostile and odd imports', () => {
  it('a zero-byte file imports with the SHA-256 of nothing, reads back empty and verifies', async () => {
    const vault = await unlockedVault();
    const source = join(tempDir(), 'empty.pdf');
    writeFileSync(source, '');
    const { item } = await vault.importFile(source);
    expect(item).toMatchObject({ size: 0, sha256: EMPTY_SHA256, originalName: 'empty.pdf' });
    // No magic bytes to go on, so no media type is claimed; the ".pdf" extension must not supply one.
    expect(item.mediaType).toBeUndefined();
    expect((await readAll(vault.readItem(item.id))).length).toBe(0);
    expect(await vault.verify()).toMatchObject({ ok: true, itemsChecked: 1, damaged: [] });
  });

  it.each([
    ['an ELF binary', elfExecutable(), 'application/x-elf'],
    ['a Windows PE binary', peExecutable(), 'application/x-msdownload'],
  ])('%s renamed .pdf is typed by its magic bytes, not its extension, and reads back byte for byte', async (_, bytes, mime) => {
    const vault = await unlockedVault();
    const source = join(tempDir(), 'court-ruling.pdf');
    writeFileSync(source, bytes);
    const { item } = await vault.importFile(source);
    expect(item.mediaType).toBe(mime);
    expect(item.originalName).toBe('court-ruling.pdf');
    expect(item.sha256).toBe(sha256(bytes));
    expect(Buffer.from(await readAll(vault.readItem(item.id))).equals(Buffer.from(bytes))).toBe(true);
  });

  it.each([
    ['a UTF-8 statement', Buffer.from('Свидетель: меня задержали 16.12.2011 на площади.\nКуәгер: мені алаңда ұстады.\r\n', 'utf8'), 'text/plain'],
    ['a Windows-1251 statement', Buffer.from([0xd1, 0xe2, 0xe8, 0xe4, 0xe5, 0xf2, 0xe5, 0xeb, 0xfc, 0x3a, 0x20, 0x0d, 0x0a]), 'text/plain'],
    ['random bytes', randomFillSync(Buffer.alloc(2048)), undefined],
  ])('%s named .txt is typed by its content: text/plain only when it reads as text', async (_, bytes, mime) => {
    const vault = await unlockedVault();
    const source = join(tempDir(), 'statement.txt');
    writeFileSync(source, bytes);
    const { item } = await vault.importFile(source);
    expect(item.mediaType).toBe(mime);
  });

  it('keeps hostile and exotic filenames exactly, as data only: nothing lands outside the vault, blobs have random ids', async () => {
    const root = tempDir();
    // Deep enough that "../../x" from any vault folder would still land inside `root`, where the snapshot sees it.
    const dataDir = join(root, 'a', 'b', 'c', 'data');
    const sources = tempDir();
    const names = [
      'Решение суда №2-117 (копия).pdf',
      '📷 протест 🔥 Алматы.jpg',
      'first line\nsecond line.txt',
      '../../etc/passwd',
      '../../../../../../../../tmp/tamga-escape.txt',
      join(root, 'escaped-absolute.pdf'),
      '/etc/passwd',
      'C:\\Windows\\System32\\evil.dll',
      `${'д'.repeat(296)}.pdf`,
      'nul\u0000byte.pdf',
      'invoice\u202Efdp.exe', // right-to-left override: shows as "invoiceexe.pdf"
    ];
    expect(names[8]!.length).toBe(300);
    const passwdBefore = statSync('/etc/passwd', { throwIfNoEntry: false });
    const vault = await unlockedVault(dataDir);
    const outsideVault = () => filesUnder(root).filter((path) => !path.startsWith('a/b/c/data/vault/'));
    const before = outsideVault();

    const routes: Record<string, 'file' | 'stream'> = {};
    for (const [i, name] of names.entries()) {
      const bytes = Buffer.from(`evidence #${i}`);
      // Names the OS accepts as one path segment go through importFile from a real file; the rest (slashes,
      // NUL, over 255 bytes) cannot exist on disk, so they arrive the way a browser upload or bundle would.
      const onDisk = !/[/\\\0]/.test(name) && tryWrite(join(sources, name), bytes);
      routes[name] = onDisk ? 'file' : 'stream';
      const { item } = onDisk ? await vault.importFile(join(sources, name)) : await vault.importStream(bytesOf(bytes), { originalName: name });
      expect(item.originalName).toBe(name);
    }
    // Cyrillic, emoji and newline names are legal file names here; Windows CI would send the newline by stream.
    expect(routes[names[0]!]).toBe('file');
    expect(routes[names[3]!]).toBe('stream');

    expect(outsideVault()).toEqual(before);
    expect(statSync('/etc/passwd', { throwIfNoEntry: false })?.mtimeMs).toBe(passwdBefore?.mtimeMs);
    const items = await vault.listItems();
    const vaultDir = join(dataDir, 'vault');
    const blobFiles = filesUnder(join(vaultDir, 'blobs'));
    expect(blobFiles).toHaveLength(names.length);
    for (const path of blobFiles) expect(path).toMatch(/^[0-9a-f]{2}\/[0-9a-f]{30}$/);
    expect(blobFiles.map((p) => p.replace('/', '')).sort()).toEqual(items.map((i) => i.blobId).sort());
    // The ids are random, not the content hash, which would let anyone holding a copy prove the vault has it.
    for (const item of items) expect(item.sha256.startsWith(item.blobId)).toBe(false);
    for (const path of filesUnder(vaultDir)) expect(path).toMatch(/^[\w./-]+$/);

    // The names survive sealing, a lock and an unlock exactly, NUL and all.
    vault.lock('user');
    await vault.unlock('pass phrase');
    expect((await vault.listItems()).map((i) => i.originalName).sort()).toEqual([...names].sort());
    expect(await vault.verify()).toMatchObject({ ok: true, itemsChecked: names.length });
  });

  it.each([
    ['a truncated PDF', 'truncated.pdf', (b: Buffer) => expect(b.includes('%%EOF')).toBe(false)],
    ['an encrypted PDF', 'encrypted.pdf', (b: Buffer) => expect(b.includes('/Encrypt')).toBe(true)],
  ])('%s is stored and hashed like any other file; the vault never parses it', async (_, name, isWhatItSays) => {
    const bytes = fixture(name);
    isWhatItSays(Buffer.from(bytes));
    const vault = await unlockedVault();
    const source = join(tempDir(), name);
    writeFileSync(source, bytes);
    const { item } = await vault.importFile(source);
    // Only the magic bytes are looked at; there is no page count, text or error, since nothing was parsed.
    expect(Object.keys(item).sort()).toEqual(['blobId', 'id', 'importedAt', 'mediaType', 'originalName', 'sha256', 'size']);
    expect(item).toMatchObject({ mediaType: 'application/pdf', size: bytes.length, sha256: sha256(bytes) });
    expect(Buffer.from(await readAll(vault.readItem(item.id))).equals(Buffer.from(bytes))).toBe(true);
    expect(await vault.verify()).toMatchObject({ ok: true, itemsChecked: 1 });
  });

  it('a source that fails halfway leaves no item, no blob and no temp file; earlier items still verify', async () => {
    const vault = await unlockedVault();
    const first = await vault.importStream(bytesOf('witness statement'), { originalName: 'statement.txt' });
    const second = await vault.importStream(bytesOf(Buffer.alloc(100_000, 7)), { originalName: 'photo.raw' });
    const vaultDir = join(vault.dataDir, 'vault');
    const filesBefore = filesUnder(vaultDir).filter((p) => p !== 'custody.log');
    const eventsBefore = await vault.custodyEvents();

    // Three 1 MiB chunks, enough that sealed bytes reach the temp blob on disk, then the USB stick is pulled.
    let sent = 0;
    let tempSeen: string[] = [];
    const failing = new Readable({
      read() {
        if (sent++ < 3) return void this.push(randomFillSync(Buffer.alloc(1 << 20)));
        // Proves the cleanup below has something to clean: a partly written temp blob exists at this moment.
        tempSeen = filesUnder(join(vaultDir, 'blobs')).filter((p) => p.includes('/.tmp-'));
        this.destroy(new Error('EIO: device unplugged'));
      },
    });
    await expect(vault.importStream(failing, { originalName: 'video.mp4' })).rejects.toThrow('device unplugged');
    expect(tempSeen).toHaveLength(1);

    expect((await vault.listItems()).map((i) => i.id)).toEqual([first.item.id, second.item.id]);
    // Same files as before (no blob, record or ".tmp-" file), and the custody log gained no entry.
    expect(filesUnder(vaultDir).filter((p) => p !== 'custody.log')).toEqual(filesBefore);
    expect(await vault.custodyEvents()).toEqual(eventsBefore);
    expect(await vault.verify()).toMatchObject({ ok: true, itemsChecked: 2, damaged: [] });

    // The failure does not jam the import queue, and a relock finds the same two items.
    const third = await vault.importStream(bytesOf('after the failure'), { originalName: 'later.txt' });
    vault.lock('user');
    await vault.unlock('pass phrase');
    expect((await vault.listItems()).map((i) => i.id)).toEqual([first.item.id, second.item.id, third.item.id]);
  });

  const largeMB = Number(process.env.TAMGA_TEST_LARGE_MB ?? 512);
  it(`a ${largeMB} MiB stream is hashed and sealed without buffering: RSS grows < 150 MB, SHA-256 matches`, async () => {
    // Real 64 KiB chunks here: the 64-byte test chunks would make this 8 million AES-GCM calls.
    const vault = openTestVault({ chunkShift: 16 });
    await vault.create('pass phrase');
    const expected = createHash('sha256');
    const rssBefore = process.memoryUsage.rss();
    let rssPeak = rssBefore;
    const sample = () => (rssPeak = Math.max(rssPeak, process.memoryUsage.rss()));
    const sampler = setInterval(sample, 5);
    async function* video(): AsyncGenerator<Uint8Array> {
      for (let i = 0; i < largeMB; i++) {
        // A fresh buffer each time, as a file stream gives; random so nothing downstream can compress it.
        const chunk = randomFillSync(Buffer.allocUnsafe(1 << 20));
        expected.update(chunk);
        sample();
        yield chunk;
      }
    }
    try {
      const { item } = await vault.importStream(video(), { originalName: 'march-protest.mp4' });
      sample();
      expect(item.size).toBe(largeMB * 2 ** 20);
      expect(item.sha256).toBe(expected.digest('hex'));
    } finally {
      clearInterval(sampler);
    }
    expect((rssPeak - rssBefore) / 2 ** 20).toBeLessThan(150);
    // And what was sealed decrypts, chunk by authenticated chunk, back to exactly those bytes.
    expect(await vault.verify()).toMatchObject({ ok: true, itemsChecked: 1 });
  });
});

function tryWrite(path: string, bytes: Uint8Array): boolean {
  try {
    writeFileSync(path, bytes);
    return true;
  } catch {
    return false;
  }
}
