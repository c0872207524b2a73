import { afterAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IpcMain, WebContents } from 'electron';
import { registerFileGrants } from '../../../../src-main/electron/file-grants-ipc';
import { FileGrants } from '../../../../src-main/evidence/file-grants';
import { ELECTRON_FILES_CHANNEL } from '../../../../shared/ipc/wire';

const root = mkdtempSync(join(tmpdir(), 'tamga-file-grants-'));
const ruling = join(root, 'ruling.txt');
const photo = join(root, 'photo.jpg');
writeFileSync(ruling, 'court ruling');
writeFileSync(photo, 'jpeg bytes');
afterAll(() => rmSync(root, { recursive: true, force: true }));

type Register = (event: unknown, input: unknown) => Promise<unknown>;

function setUp() {
  const grants = new FileGrants();
  const grant = vi.spyOn(grants, 'grant');
  const mainFrame = {};
  const owner = { mainFrame } as unknown as WebContents;
  let register: Register | undefined;
  const ipc = { handle: (channel: string, handler: Register) => channel === ELECTRON_FILES_CHANNEL && (register = handler) } as unknown as IpcMain;
  registerFileGrants(ipc, grants, owner);
  const fromWindow = (input: unknown) => register!({ sender: owner, senderFrame: mainFrame }, input);
  return { grants, grant, owner, mainFrame, register: register!, fromWindow };
}

describe('file grants over Electron IPC', () => {
  it('grants each path our window reports and answers one one-time handle per path', async () => {
    const { grants, fromWindow } = setUp();
    const reply = (await fromWindow([ruling, photo])) as { ok: true; value: string[] };
    expect(reply).toMatchObject({ ok: true, value: [expect.stringMatching(/^[0-9a-f]{32}$/), expect.stringMatching(/^[0-9a-f]{32}$/)] });
    expect(grants.take(reply.value[0]!)).toBe(ruling);
    expect(grants.take(reply.value[1]!)).toBe(photo);
    expect(grants.take(reply.value[0]!)).toBeUndefined();
  });

  it('answers null for a path that is not a regular file, and still grants the rest', async () => {
    const { fromWindow } = setUp();
    expect(await fromWindow([root, join(root, 'gone.txt'), ruling])).toMatchObject({ ok: true, value: [null, null, expect.any(String)] });
  });

  it('refuses another web contents and a sub-frame of our own, granting nothing', async () => {
    const { register, grant, owner, mainFrame } = setUp();
    const refused = { ok: false, error: { code: 'ipc.forbiddenSender' } };
    expect(await register({ sender: { mainFrame }, senderFrame: mainFrame }, [ruling])).toEqual(refused);
    expect(await register({ sender: owner, senderFrame: {} }, [ruling])).toEqual(refused);
    expect(grant).not.toHaveBeenCalled();
  });

  it.each([
    ['not an array', ruling],
    ['no paths', []],
    ['a relative path', ['ruling.txt']],
    ['an empty path', ['']],
    ['a non-string', [ruling, 7]],
    ['an over-long path', [`/${'a'.repeat(5000)}`]],
    ['too many paths', Array.from({ length: 10_001 }, () => ruling)],
    ['an object', { paths: [ruling] }],
  ])('refuses %s, granting nothing', async (_what, input) => {
    const { fromWindow, grant } = setUp();
    expect(await fromWindow(input)).toEqual({ ok: false, error: { code: 'ipc.invalidInput' } });
    expect(grant).not.toHaveBeenCalled();
  });
});
