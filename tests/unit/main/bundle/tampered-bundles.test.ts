import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verifyBundle } from '../../../../src-main/bundle';
import { entriesOf, exportedBundle, rewritten, text } from './bundle-fixture';

const codes = (report: { problems: Array<{ code: string }> }) => report.problems.map((p) => p.code);

describe('export then verify', () => {
  it('a freshly exported bundle verifies whole, with every file checked', async () => {
    const { path, written, vault } = await exportedBundle();
    const report = await verifyBundle(path);
    expect(report).toMatchObject({ ok: true, refused: false, problems: [], bundleId: written.bundleId, fingerprint: vault.deviceIdentity().fingerprint });
    // 3 exhibits + cases.json, custody.jsonl, index.html, VERIFY.txt, device-key.pem
    expect(report.filesChecked).toBe(8);
  });

  it('stores the original bytes byte for byte, the consented cases and each item’s custody history', async () => {
    const files = { 'a.bin': Buffer.from([0, 1, 2, 255]), 'отчёт.pdf': '%PDF-1.4 test' };
    const { path, itemIds, vault } = await exportedBundle(files);
    const entries = entriesOf(path);
    const manifest = JSON.parse(text(entries['manifest.json']));
    expect(manifest.files.map((f: { originalName: string }) => f.originalName)).toEqual(['a.bin', 'отчёт.pdf']);
    expect(Buffer.from(entries[`files/${itemIds[0]}/a.bin`]!)).toEqual(files['a.bin']);
    expect(text(entries[`files/${itemIds[1]}/отчёт.pdf`])).toBe(files['отчёт.pdf']);
    expect(JSON.parse(text(entries['cases.json']))[0].case.title).toBe('Detention in Almaty');
    const lines = text(entries['custody.jsonl']).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.event.event, l.event.itemId])).toEqual(itemIds.map((id) => ['item.imported', id]));
    expect(text(entries['index.html'])).not.toMatch(/<script|src=|https?:/i);
    // The export itself is logged in the vault, naming the bundle.
    const exported = (await vault.custodyEvents()).filter((e) => e.event === 'item.exported');
    expect(exported.map((e) => [e.itemId, e.details?.bundleId])).toEqual(itemIds.map((id) => [id, manifest.bundleId]));
  });

  it('leaves no bundle and no temp file when an item cannot be exported', async () => {
    const { vault, dir, itemIds } = await exportedBundle();
    const { writeBundle } = await import('../../../../src-main/bundle');
    await expect(writeBundle(vault, { itemIds: [itemIds[0]!, 'f'.repeat(32)], out: `${dir}/second.zip` })).rejects.toMatchObject({ code: 'item.missing' });
    await expect(writeBundle(vault, { itemIds: [], out: `${dir}/third.zip` })).rejects.toMatchObject({ code: 'bundle.empty' });
    await expect(writeBundle(vault, { itemIds, out: `${dir}/bundle.zip` })).rejects.toMatchObject({ code: 'bundle.outputExists' });
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(dir)).toEqual(['bundle.zip']);
  });
});

describe('a tampered bundle is named precisely', () => {
  it('a flipped byte inside an exhibit names that file', async () => {
    const { path, itemIds } = await exportedBundle();
    const bytes = readFileSync(path);
    const at = bytes.indexOf(Buffer.from('Witness statement'));
    bytes[at + 3]! ^= 0x01;
    writeFileSync(path, bytes);
    const report = await verifyBundle(path);
    expect(report.problems).toEqual([{ code: 'bundle.fileAltered', details: { path: `files/${itemIds[2]}/notes.txt`, reason: 'SHA-256 differs' } }]);
  });

  it('a dropped exhibit is named as missing', async () => {
    const { path, itemIds } = await exportedBundle();
    const out = rewritten(path, (e) => delete e[`files/${itemIds[1]}/photo.jpg`]);
    expect((await verifyBundle(out)).problems).toEqual([{ code: 'bundle.fileMissing', details: { path: `files/${itemIds[1]}/photo.jpg` } }]);
  });

  it('an added file is named as extra', async () => {
    const { path } = await exportedBundle();
    const out = rewritten(path, (e) => (e['files/planted.txt'] = Buffer.from('planted later')));
    expect((await verifyBundle(out)).problems).toEqual([{ code: 'bundle.fileExtra', details: { path: 'files/planted.txt' } }]);
  });

  it('an edited manifest fails both signatures and its line in SHA256SUMS', async () => {
    const { path } = await exportedBundle();
    const out = rewritten(path, (e) => (e['manifest.json'] = Buffer.from(text(e['manifest.json']).replace('"photo.jpg"', '"photo2.jpg"'))));
    expect((await verifyBundle(out)).problems).toEqual([
      { code: 'bundle.signatureInvalid', details: { path: 'manifest.sig' } },
      { code: 'bundle.signatureInvalid', details: { path: 'manifest.sig.bin' } },
      { code: 'bundle.fileAltered', details: { path: 'SHA256SUMS', reason: 'does not list what the manifest lists' } },
    ]);
  });

  it('a manifest that does not parse is named, and nothing is claimed about the files', async () => {
    const { path } = await exportedBundle();
    const out = rewritten(path, (e) => (e['manifest.json'] = Buffer.from('{"format":1,"files":[')));
    const report = await verifyBundle(out);
    expect(report.problems).toEqual([{ code: 'bundle.manifestInvalid', details: { reason: 'not JSON' } }]);
    expect(report.filesChecked).toBe(0);
  });

  it('a replaced or missing signature is named', async () => {
    const { path } = await exportedBundle();
    const { path: other } = await exportedBundle();
    const foreign = entriesOf(other);
    const replaced = rewritten(path, (e) => {
      e['manifest.sig'] = foreign['manifest.sig']!;
      e['manifest.sig.bin'] = foreign['manifest.sig.bin']!;
    });
    expect(codes(await verifyBundle(replaced))).toEqual(['bundle.signatureInvalid', 'bundle.signatureInvalid']);
    const missing = rewritten(path, (e) => {
      delete e['manifest.sig'];
      delete e['manifest.sig.bin'];
    });
    expect((await verifyBundle(missing)).problems).toEqual([
      { code: 'bundle.signatureMissing', details: { path: 'manifest.sig' } },
      { code: 'bundle.signatureMissing', details: { path: 'manifest.sig.bin' } },
    ]);
    for (const [kept, deleted] of [['manifest.sig', 'manifest.sig.bin'], ['manifest.sig.bin', 'manifest.sig']] as const) {
      const halfSigned = rewritten(path, (e) => delete e[deleted]);
      const report = await verifyBundle(halfSigned);
      expect(report.ok, `${kept} left alone does not vouch for the bundle`).toBe(false);
      expect(report.problems).toEqual([{ code: 'bundle.signatureMissing', details: { path: deleted } }]);
    }
  });

  it('a truncated zip is refused as cut short', async () => {
    const { path } = await exportedBundle();
    truncateSync(path, Math.floor(readFileSync(path).length * 0.6));
    const report = await verifyBundle(path);
    expect(report).toMatchObject({ ok: false, refused: true, problems: [{ code: 'bundle.truncated' }] });
  });

  it('reordered custody lines break the chain at the first moved line', async () => {
    const { path } = await exportedBundle();
    const out = rewritten(path, (e) => {
      const lines = text(e['custody.jsonl']).trim().split('\n');
      [lines[1], lines[2]] = [lines[2]!, lines[1]!];
      e['custody.jsonl'] = Buffer.from(`${lines.join('\n')}\n`);
    });
    expect((await verifyBundle(out)).problems).toEqual([
      { code: 'bundle.fileAltered', details: { path: 'custody.jsonl', reason: 'SHA-256 differs' } },
      { code: 'bundle.custodyBroken', details: { line: 2, reason: 'does not follow the line before it' } },
    ]);
  });

  it('names a missing bundle file as unreadable', async () => {
    const report = await verifyBundle('/nonexistent/bundle.zip');
    expect(report).toMatchObject({ ok: false, refused: true, problems: [{ code: 'bundle.unreadable' }] });
  });
});
