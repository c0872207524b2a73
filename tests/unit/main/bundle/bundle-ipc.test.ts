import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type TamgaApp } from '../../../../src-main/app/create-app';
import { verifyBundle } from '../../../../src-main/bundle';
import { dispatch } from '../../../../shared/ipc/dispatch';
import { tempDir } from '../vault/temp-vault';

const apps: TamgaApp[] = [];
afterEach(() => apps.splice(0).forEach((app) => app.dispose()));

describe('bundle.export over the IPC contract', () => {
  it('writes the bundle into <dataDir>/exports/ and answers its path, SHA-256 and id', async () => {
    const dataDir = tempDir();
    const app = createApp({ dataDir, host: 'browser', version: 'test', emit: () => undefined });
    apps.push(app);
    expect((await dispatch(app.handlers, 'vault.create', { passphrase: 'ipc passphrase' })).ok).toBe(true);
    writeFileSync(join(dataDir, 'statement.txt'), 'statement');
    const itemId = (await app.vault.importFile(join(dataDir, 'statement.txt'))).item.id;

    const result = await dispatch(app.handlers, 'bundle.export', { itemIds: [itemId], cases: [{ id: 'c1' }], fileName: 'Case 12 — bundle.zip' });
    expect(result).toMatchObject({ ok: true, value: { path: join(dataDir, 'exports', 'Case 12 — bundle.zip'), sha256: expect.stringMatching(/^[0-9a-f]{64}$/) } });
    expect(readdirSync(join(dataDir, 'exports'))).toEqual(['Case 12 — bundle.zip']);
    expect((await verifyBundle(join(dataDir, 'exports', 'Case 12 — bundle.zip'))).ok).toBe(true);

    expect(await dispatch(app.handlers, 'bundle.export', { itemIds: [itemId], fileName: 'Case 12 — bundle.zip' })).toEqual({
      ok: false,
      error: { code: 'bundle.outputExists', details: { path: join(dataDir, 'exports', 'Case 12 — bundle.zip') } },
    });
    app.vault.lock('user');
    expect(await dispatch(app.handlers, 'bundle.export', { itemIds: [itemId], fileName: 'other.zip' })).toEqual({ ok: false, error: { code: 'vault.locked' } });
  }, 20_000);

  it.each(['../escape.zip', '/tmp/abs.zip', '.hidden.zip', 'no-extension', 'a\\b.zip'])('refuses the file name %j before touching the disk', async (fileName) => {
    const dataDir = tempDir();
    const app = createApp({ dataDir, host: 'browser', version: 'test', emit: () => undefined });
    apps.push(app);
    const result = await dispatch(app.handlers, 'bundle.export', { itemIds: ['a'.repeat(32)], fileName });
    expect(result).toMatchObject({ ok: false, error: { code: 'ipc.invalidInput' } });
    expect(existsSync(join(dataDir, 'exports'))).toBe(false);
  });
});
