import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createVaultService } from '../../../../src-main/vault';
import { CASE_ID, defaultCases, exportedBundle } from '../bundle/bundle-fixture';
import { cli, tempDir, TINY_KDF, vaultWithFile } from './cli-harness';

const PASS = 'secret phrase\n';


describe('tamga receive', () => {
  it('takes a colleague\'s bundle in once the fingerprint is confirmed, and a second time changes nothing', async () => {
    const sender = await vaultWithFile('протокол.txt', 'Протокол задержания');
    const fingerprint = (await cli(['--data-dir', sender, 'fingerprint'], PASS)).text.trim().replace(/\s/g, '').slice(-32);
    const bundle = join(tempDir(), 'case.zip');
    expect((await cli(['--data-dir', sender, 'export', '--out', bundle], PASS)).code).toBe(0);

    const recipient = await vaultWithFile('own.txt', 'my own file');
    const unknown = await cli(['--data-dir', recipient, 'receive', bundle], PASS);
    expect(unknown.code).toBe(3);
    expect(unknown.text).toMatch(/^UNVERIFIED SIGNER [0-9a-f]{32}\n/);

    const first = await cli(['--data-dir', recipient, 'receive', '--expect', fingerprint, bundle], PASS);
    expect(first.code, first.stderr + first.text).toBe(0);
    expect(first.text).toMatch(/^RECEIVED [0-9a-f]{32} [0-9a-f]{64} протокол\.txt\nOK bundle [0-9a-f]+ from [0-9a-f]{32} \([0-9a-f]{32}\): 1 received, 0 already held; 0 records added, 0 changed, 0 kept as edited here, 0 unchanged, 0 in conflict\.\n$/);
    const second = await cli(['--data-dir', recipient, 'receive', bundle], PASS);
    expect(second.code).toBe(0);
    expect(second.text).toMatch(/^HELD .*\n.*0 received, 1 already held; 0 records added/);
    expect((await cli(['--data-dir', recipient, 'list'], PASS)).text.trim().split('\n')).toHaveLength(2);
    expect((await cli(['--data-dir', recipient, 'verify'], PASS)).code).toBe(0);
  });

  it('shows what a bundle would add with --dry-run and writes nothing, then merges its case and names a person it may already hold', async () => {
    const sender = join(tempDir(), 'sender');
    await cli(['--data-dir', sender, 'init'], PASS);
    const senderVault = createVaultService({ dataDir: sender, kdf: TINY_KDF });
    await senderVault.unlock('secret phrase');
    const { itemIds, path: bundle } = await exportedBundle(undefined, defaultCases, senderVault);
    const fingerprint = senderVault.deviceIdentity().fingerprint;
    senderVault.dispose();

    const recipient = join(tempDir(), 'recipient');
    await cli(['--data-dir', recipient, 'init'], PASS);
    const recipientVault = createVaultService({ dataDir: recipient, kdf: TINY_KDF });
    await recipientVault.unlock('secret phrase');
    const at = '2026-01-01T00:00:00.000Z';
    await recipientVault.appendOwnRecords([{ table: 'people', record: { id: 'c'.repeat(32), createdAt: at, updatedAt: at, form: 'individual', names: [{ text: 'Aigul Kasymova', script: 'latin', kind: 'primary' }] } }]);
    recipientVault.dispose();

    const dry = await cli(['--data-dir', recipient, 'receive', '--dry-run', '--expect', fingerprint, bundle], PASS);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.text).toContain(`WOULD ADD case ${CASE_ID} Detention in Almaty\n`);
    expect(dry.text).toMatch(/SAME PERSON\? received [0-9a-f]{32} Айгүл Қасымова ~ here c{32} Aigul Kasymova\n/);
    expect(dry.text).toMatch(/DRY RUN bundle .*: 3 files would be received, 0 already held; 8 records added, .* Nothing was written\.\n$/);
    expect((await cli(['--data-dir', recipient, 'cases', 'list'], PASS)).text).toBe('');
    expect((await cli(['--data-dir', recipient, 'list'], PASS)).text).toBe('');

    const real = await cli(['--data-dir', recipient, 'receive', '--expect', fingerprint, bundle], PASS);
    expect(real.code, real.stderr).toBe(0);
    expect(real.text).toContain(`ADD case ${CASE_ID} Detention in Almaty\n`);
    expect((await cli(['--data-dir', recipient, 'cases', 'list'], PASS)).text).toBe(`${CASE_ID} - Detention in Almaty\n`);
    const shown = JSON.parse((await cli(['--data-dir', recipient, 'cases', 'show', CASE_ID, '--audience', 'legal-team'], PASS)).text);
    expect(shown.people.map((p: { names: string[] }) => p.names)).toEqual([['Айгүл Қасымова']]);
    expect(shown.itemIds).toHaveLength(itemIds.length);
    expect((await cli(['--data-dir', recipient, 'verify'], PASS)).code).toBe(0);
  });
});
