import { isAbsolute } from 'node:path';
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { z } from 'zod';
import { fail, ok } from '../../shared/result';
import { ELECTRON_FILES_CHANNEL } from '../../shared/ipc/wire';
import type { FileGrants } from '../evidence/file-grants';
import { fromOwnMainFrame } from './register-handlers';

/** As many paths as one import may carry; each no longer than a path the platform can open. */
export const GrantRequest = z.array(z.string().min(1).max(4096).refine((path) => isAbsolute(path))).min(1).max(10_000);

/**
 * The preload reports the paths of files the person picked or dropped (trusted events only) and gets back one
 * one-time handle per path, or null for a path main refuses (a directory, a device, a file that has gone). The
 * page itself cannot reach this channel: only the isolated preload world holds ipcRenderer.
 */
export function registerFileGrants(ipc: Pick<IpcMain, 'handle'>, grants: Pick<FileGrants, 'grant'>, owner: WebContents): void {
  ipc.handle(ELECTRON_FILES_CHANNEL, async (event: IpcMainInvokeEvent, input: unknown) => {
    if (!fromOwnMainFrame(event, owner)) return fail('ipc.forbiddenSender');
    const paths = GrantRequest.safeParse(input);
    if (!paths.success) return fail('ipc.invalidInput');
    const handles: (string | null)[] = [];
    for (const path of paths.data) handles.push(await grants.grant(path).then((grant) => grant.handle, () => null));
    return ok(handles);
  });
}
