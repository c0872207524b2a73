import { afterEach, describe, expect, it, vi } from 'vitest';
import { exposeTamga } from '../../../../src-main/electron/preload-bridge';
import { contract } from '../../../../shared/ipc/contract';
import { ELECTRON_FILES_CHANNEL } from '../../../../shared/ipc/wire';
import { standInPreload } from './stand-in-electron';

type TamgaFiles = { handleOf(file: unknown): Promise<string | undefined> };
type Tamga = { invoke(channel: string, input: unknown): Promise<unknown>; on(event: string, listener: (payload: unknown) => void): () => void; channels: string[] };

/** Main's answer: a numbered handle per path, except for paths it refuses. */
function grantingMain(refuse: string[] = []) {
  let next = 0;
  return (channel: string, paths: unknown) =>
    channel === ELECTRON_FILES_CHANNEL ? { ok: true, value: (paths as string[]).map((path) => (refuse.includes(path) ? null : `handle-${++next}`)) } : { ok: true, value: {} };
}

function preload(answer: (channel: string, paths: unknown) => unknown = grantingMain()) {
  const world = standInPreload(answer);
  exposeTamga(world.asElectron, world.asPage);
  return { ...world, files: world.exposed.get('tamgaFiles') as TamgaFiles, tamga: world.exposed.get('tamga') as Tamga };
}

const registrations = (world: ReturnType<typeof preload>) => world.electron.ipcRenderer.invoke.mock.calls.filter(([channel]) => channel === ELECTRON_FILES_CHANNEL);

describe('preload: what the page is given', () => {
  it('exposes the contract client and handleOf, and neither ipcRenderer nor a way to a path', () => {
    const world = preload();
    expect([...world.exposed.keys()].sort()).toEqual(['tamga', 'tamgaFiles']);
    expect(Object.keys(world.tamga).sort()).toEqual(['channels', 'invoke', 'on']);
    expect(world.tamga.channels).toEqual(Object.keys(contract));
    expect(Object.keys(world.files)).toEqual(['handleOf']);
  });

  it("invokes only the contract's channels, prefixed, and refuses any other name without calling main", async () => {
    const world = preload();
    await world.tamga.invoke('vault.status', {});
    expect(world.electron.ipcRenderer.invoke).toHaveBeenCalledWith('tamga:vault.status', {});
    for (const name of [ELECTRON_FILES_CHANNEL, 'files:register', '../vault.status']) {
      expect(await world.tamga.invoke(name, ['/etc/passwd'])).toEqual({ ok: false, error: { code: 'ipc.unknownChannel' } });
    }
    expect(world.electron.ipcRenderer.invoke).toHaveBeenCalledTimes(1);
  });

  it('listens for drops and file picks on the window in the capture phase', () => {
    const world = preload();
    expect(world.listeners.map(({ type, capture }) => [type, capture]).sort()).toEqual([
      ['change', true],
      ['drop', true],
    ]);
  });
});

describe('preload: files the person picked or dropped', () => {
  it('ignores drops and picks a script dispatched', async () => {
    const world = preload();
    const file = world.fileOnDisk('/home/monitor/.ssh/id_ed25519');
    world.dispatch('drop', { isTrusted: false, dataTransfer: { files: [file] } });
    world.dispatch('change', { isTrusted: false, target: { tagName: 'INPUT', type: 'file', files: [file] } });
    expect(registrations(world)).toEqual([]);
    expect(await world.files.handleOf(file)).toBeUndefined();
  });

  it('registers the paths of a trusted drop with main, and hands out each handle once', async () => {
    const world = preload();
    const ruling = world.fileOnDisk('/cases/ruling.pdf');
    const photo = world.fileOnDisk('/cases/photo.jpg');
    const pasted = new File(['png'], 'image.png');
    world.dispatch('drop', { isTrusted: true, dataTransfer: { files: [ruling, pasted, photo] } });
    expect(registrations(world)).toEqual([[ELECTRON_FILES_CHANNEL, ['/cases/ruling.pdf', '/cases/photo.jpg']]]);
    expect(await world.files.handleOf(photo)).toBe('handle-2');
    expect(await world.files.handleOf(ruling)).toBe('handle-1');
    expect(await world.files.handleOf(ruling)).toBeUndefined();
    expect(await world.files.handleOf(pasted)).toBeUndefined();
  });

  it('registers a trusted pick from <input type=file> and nothing from other inputs', async () => {
    const world = preload();
    const file = world.fileOnDisk('/cases/statement.docx');
    world.dispatch('change', { isTrusted: true, target: { tagName: 'INPUT', type: 'text', files: [file] } });
    world.dispatch('change', { isTrusted: true, target: { tagName: 'SELECT' } });
    expect(registrations(world)).toEqual([]);
    world.dispatch('change', { isTrusted: true, target: { tagName: 'INPUT', type: 'file', files: [file] } });
    expect(await world.files.handleOf(file)).toBe('handle-1');
  });

  it('the same file dropped twice gets two handles, used in turn', async () => {
    const world = preload();
    const file = world.fileOnDisk('/cases/video.mp4');
    world.dispatch('drop', { isTrusted: true, dataTransfer: { files: [file] } });
    world.dispatch('drop', { isTrusted: true, dataTransfer: { files: [file] } });
    expect([await world.files.handleOf(file), await world.files.handleOf(file), await world.files.handleOf(file)]).toEqual(['handle-1', 'handle-2', undefined]);
  });

  it('resolves no handle for a path main refused or when main answers an error', async () => {
    const refusing = preload(grantingMain(['/cases']));
    const folder = refusing.fileOnDisk('/cases');
    refusing.dispatch('drop', { isTrusted: true, dataTransfer: { files: [folder] } });
    expect(await refusing.files.handleOf(folder)).toBeUndefined();

    const failing = preload(() => ({ ok: false, error: { code: 'ipc.forbiddenSender' } }));
    const file = failing.fileOnDisk('/cases/ruling.pdf');
    failing.dispatch('drop', { isTrusted: true, dataTransfer: { files: [file] } });
    expect(await failing.files.handleOf(file)).toBeUndefined();
  });

  it('answers undefined, not an exception, for something that is not a file', async () => {
    const world = preload();
    world.electron.webUtils.getPathForFile.mockImplementationOnce(() => {
      throw new TypeError('not a File');
    });
    expect(await world.files.handleOf({})).toBeUndefined();
  });
});

describe('preload entry', () => {
  afterEach(() => {
    vi.doUnmock('electron');
    vi.unstubAllGlobals();
  });

  it("exposes the bridge on the preload world's window", async () => {
    const world = standInPreload();
    vi.doMock('electron', () => world.electron);
    vi.stubGlobal('addEventListener', world.page.addEventListener);
    await import('../../../../src-main/electron/preload');
    expect([...world.exposed.keys()].sort()).toEqual(['tamga', 'tamgaFiles']);
    expect(world.listeners.map(({ type }) => type).sort()).toEqual(['change', 'drop']);
  });
});
