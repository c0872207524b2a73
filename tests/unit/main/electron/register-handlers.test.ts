import { describe, expect, it } from 'vitest';
import type { IpcMain, WebContents } from 'electron';
import { registerHandlers } from '../../../../src-main/electron/register-handlers';
import { contract, type Handlers } from '../../../../shared/ipc/contract';

type Listener = (event: unknown, input: unknown) => unknown;

function fakeIpc() {
  const registered = new Map<string, Listener>();
  const ipc = { handle: (name: string, listener: Listener) => registered.set(name, listener) } as unknown as IpcMain;
  return { ipc, registered };
}

const handlers = { 'app.info': async () => ({ name: 'Tamga', version: '0.0.0', host: 'electron', platform: 'linux' }) } as unknown as Handlers;

describe('registerHandlers (Electron IPC)', () => {
  it('registers exactly one handler per contract channel', () => {
    const { ipc, registered } = fakeIpc();
    registerHandlers(ipc, handlers, {} as WebContents);
    expect([...registered.keys()].sort()).toEqual(Object.keys(contract).map((c) => `tamga:${c}`).sort());
  });

  it('answers our own top-level frame and refuses any other sender or sub-frame', async () => {
    const { ipc, registered } = fakeIpc();
    const mainFrame = {};
    const owner = { mainFrame } as unknown as WebContents;
    registerHandlers(ipc, handlers, owner);
    const info = registered.get('tamga:app.info')!;
    expect(await info({ sender: owner, senderFrame: mainFrame }, {})).toMatchObject({ ok: true, value: { host: 'electron' } });
    expect(await info({ sender: { mainFrame }, senderFrame: mainFrame }, {})).toEqual({ ok: false, error: { code: 'ipc.forbiddenSender' } });
    expect(await info({ sender: owner, senderFrame: {} }, {})).toEqual({ ok: false, error: { code: 'ipc.forbiddenSender' } });
  });
});
