import { basename } from 'node:path';
import type { BrowserWindow, Dialog, SaveDialogOptions } from 'electron';

/**
 * createApp's chooseBundlePath for the Electron window: the OS save dialog, over our window. Only the person
 * decides where a plaintext bundle goes; the renderer proposes a file name and nothing else. The dialog asks
 * before replacing a file, which is why the bundle writer may then replace it.
 */
export function bundleSaveDialog(dialog: Pick<Dialog, 'showSaveDialog'>, owner: () => BrowserWindow | undefined) {
  return async (suggestedName: string): Promise<string | undefined> => {
    const options: SaveDialogOptions = {
      defaultPath: basename(suggestedName),
      // An encrypted bundle is `….zip.age`: a ZIP filter would have the dialog offer or append the wrong ending.
      filters: suggestedName.endsWith('.age')
        ? [{ name: 'age', extensions: ['age'] }]
        : suggestedName.endsWith('.tamga-backup')
          ? [{ name: 'Tamga backup', extensions: ['tamga-backup'] }]
          : [{ name: 'ZIP', extensions: ['zip'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const window = owner();
    const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? undefined : result.filePath;
  };
}
