import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type TamgaApp } from '../../../../src-main/app/create-app';
import { FileGrants } from '../../../../src-main/evidence/file-grants';
import { dispatch } from '../../../../shared/ipc/dispatch';
import { tempDir } from '../vault/temp-vault';

const apps: TamgaApp[] = [];
afterEach(() => apps.splice(0).forEach((app) => app.dispose()));

async function unlockedApp(grants?: FileGrants) {
  const dataDir = tempDir();
  const app = createApp({ dataDir, host: grants ? 'electron' : 'browser', version: 'test', emit: () => undefined, grants });
  apps.push(app);
  expect((await dispatch(app.handlers, 'vault.create', { passphrase: 'grants passphrase 1' })).ok).toBe(true);
  return { app, dataDir };
}

describe('file grants: main reads only what it handed out', () => {
  it('imports a granted file once, and refuses the same handle a second time', async () => {
    const grants = new FileGrants();
    const { app, dataDir } = await unlockedApp(grants);
    writeFileSync(join(dataDir, 'ruling.txt'), 'court ruling');
    const grant = await grants.grant(join(dataDir, 'ruling.txt'));
    expect(grant).toMatchObject({ name: 'ruling.txt', size: 12, handle: expect.stringMatching(/^[0-9a-f]{32}$/) });

    const first = await dispatch(app.handlers, 'evidence.importGranted', { handles: [grant.handle] });
    expect(first).toMatchObject({ ok: true, value: [{ item: { originalName: 'ruling.txt', size: 12 } }] });
    expect(await dispatch(app.handlers, 'evidence.importGranted', { handles: [grant.handle] })).toEqual({ ok: false, error: { code: 'evidence.notGranted' } });
  });

  it('refuses a handle it never granted, and takes no path at all', async () => {
    const { app } = await unlockedApp(new FileGrants());
    expect(await dispatch(app.handlers, 'evidence.importGranted', { handles: ['0'.repeat(32)] })).toEqual({ ok: false, error: { code: 'evidence.notGranted' } });
    expect(await dispatch(app.handlers, 'evidence.importGranted', { handles: ['/etc/passwd'] })).toMatchObject({ ok: false, error: { code: 'ipc.invalidInput' } });
    expect(await dispatch(app.handlers, 'evidence.importPaths', { paths: ['/etc/passwd'] })).toEqual({ ok: false, error: { code: 'ipc.unknownChannel' } });
    expect(await app.vault.listItems()).toEqual([]);
  });

  it('is not offered by a host that grants nothing (the browser host)', async () => {
    const { app } = await unlockedApp();
    expect(await dispatch(app.handlers, 'evidence.importGranted', { handles: ['0'.repeat(32)] })).toEqual({ ok: false, error: { code: 'ipc.unknownChannel' } });
  });

  it('grants only regular files: a directory or a device is refused', async () => {
    const grants = new FileGrants();
    const dir = tempDir();
    mkdirSync(join(dir, 'folder'));
    await expect(grants.grant(join(dir, 'folder'))).rejects.toMatchObject({ code: 'item.sourceUnreadable' });
    await expect(grants.grant('/dev/null')).rejects.toMatchObject({ code: 'item.sourceUnreadable' });
    await expect(grants.grant(join(dir, 'absent'))).rejects.toMatchObject({ code: 'item.sourceUnreadable' });
  });

  it('names a refused file by its base name and why, never by the path that holds it', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'folder'));
    await expect(new FileGrants().grant(join(dir, 'folder'))).rejects.toMatchObject({ details: { path: 'folder', reason: 'notRegularFile' } });
  });

  it('forgets the oldest grant past its limit, so a flood cannot grow memory', async () => {
    const grants = new FileGrants(2);
    const dir = tempDir();
    writeFileSync(join(dir, 'a'), 'a');
    const handles = [await grants.grant(join(dir, 'a')), await grants.grant(join(dir, 'a')), await grants.grant(join(dir, 'a'))].map((g) => g.handle);
    expect(grants.take(handles[0]!)).toBeUndefined();
    expect(grants.take(handles[2]!)).toBe(join(dir, 'a'));
  });

  it('keeps every grant up to its limit: only the one past it pushes out the oldest', async () => {
    const grants = new FileGrants(3);
    const dir = tempDir();
    writeFileSync(join(dir, 'a'), 'a');
    const handles = [await grants.grant(join(dir, 'a')), await grants.grant(join(dir, 'a')), await grants.grant(join(dir, 'a'))].map((g) => g.handle);
    expect(handles.map((handle) => grants.take(handle))).toEqual([join(dir, 'a'), join(dir, 'a'), join(dir, 'a')]);
    const [oldest, kept] = [await grants.grant(join(dir, 'a')), await grants.grant(join(dir, 'a')), await grants.grant(join(dir, 'a')), await grants.grant(join(dir, 'a'))];
    expect(grants.take(oldest!.handle)).toBeUndefined();
    expect(grants.take(kept!.handle)).toBe(join(dir, 'a'));
  });
});
