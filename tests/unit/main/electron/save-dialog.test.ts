import { describe, expect, it } from 'vitest';
import type { SaveDialogOptions } from 'electron';
import { bundleSaveDialog } from '../../../../src-main/electron/save-dialog';

function recordingDialog(answer: string | undefined) {
  const asked: SaveDialogOptions[] = [];
  const dialog = {
    showSaveDialog: async (...args: unknown[]) => {
      asked.push(args.at(-1) as SaveDialogOptions);
      return { canceled: answer === undefined, filePath: answer ?? '' };
    },
  };
  return { dialog: dialog as unknown as Parameters<typeof bundleSaveDialog>[0], asked };
}

describe('the bundle save dialog', () => {
  it('offers a plain bundle as ZIP and an encrypted one as age, with only the file name proposed', async () => {
    const { dialog, asked } = recordingDialog('/home/monitor/case.zip.age');
    const choose = bundleSaveDialog(dialog, () => undefined);
    expect(await choose('../elsewhere/tamga-legal-team.zip.age')).toBe('/home/monitor/case.zip.age');
    await choose('tamga-legal-team.zip');
    await choose('tamga-2026-12-07.tamga-backup');
    expect(asked.map((options) => [options.defaultPath, options.filters])).toEqual([
      ['tamga-legal-team.zip.age', [{ name: 'age', extensions: ['age'] }]],
      ['tamga-legal-team.zip', [{ name: 'ZIP', extensions: ['zip'] }]],
      ['tamga-2026-12-07.tamga-backup', [{ name: 'Tamga backup', extensions: ['tamga-backup'] }]],
    ]);
  });

  it('answers nothing when the person cancels', async () => {
    const { dialog } = recordingDialog(undefined);
    expect(await bundleSaveDialog(dialog, () => undefined)('x.zip')).toBeUndefined();
  });
});
