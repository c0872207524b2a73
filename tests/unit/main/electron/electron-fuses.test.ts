import { describe, expect, it, vi } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import flipTamgaFuses, { tamgaFuses } from '../../../../scripts/electron-fuses.mjs';

const root = resolve(__dirname, '../../../..');
const builderConfig = readFileSync(resolve(root, 'electron-builder.yml'), 'utf8');

describe('Electron fuses (packaging)', () => {
  it.each([
    ['RunAsNode', false, FuseV1Options.RunAsNode],
    ['EnableNodeOptionsEnvironmentVariable', false, FuseV1Options.EnableNodeOptionsEnvironmentVariable],
    ['EnableNodeCliInspectArguments', false, FuseV1Options.EnableNodeCliInspectArguments],
    ['EnableCookieEncryption', true, FuseV1Options.EnableCookieEncryption],
    ['EnableEmbeddedAsarIntegrityValidation', true, FuseV1Options.EnableEmbeddedAsarIntegrityValidation],
    ['OnlyLoadAppFromAsar', true, FuseV1Options.OnlyLoadAppFromAsar],
    ['GrantFileProtocolExtraPrivileges', false, FuseV1Options.GrantFileProtocolExtraPrivileges],
  ] as const)('%s is %s', (_name, value, fuse) => {
    expect(tamgaFuses.version).toBe(FuseVersion.V1);
    expect(tamgaFuses[fuse]).toBe(value);
  });

  it('electron-builder runs the hook after packing, and packs the app into an asar', () => {
    const hook = /^afterPack:\s*(\S+)\s*$/m.exec(builderConfig)?.[1];
    expect(hook).toBe('./scripts/electron-fuses.mjs');
    expect(existsSync(resolve(root, hook!))).toBe(true);
    // OnlyLoadAppFromAsar and asar integrity would leave nothing to load without an asar.
    expect(builderConfig).toMatch(/^asar:\s*true\s*$/m);
    // electron-builder's own `electronFuses` would flip a second, different set.
    expect(builderConfig).not.toMatch(/^electronFuses:/m);
  });

  it('the hook hands exactly this configuration to electron-builder, re-signing ad hoc on macOS only', async () => {
    for (const [platform, adHoc] of [['linux', false], ['win32', false], ['darwin', true], ['mas', true]] as const) {
      const addElectronFuses = vi.fn(async () => 1);
      const context = { electronPlatformName: platform, packager: { addElectronFuses } };
      await flipTamgaFuses(context);
      expect(addElectronFuses).toHaveBeenCalledWith(context, { ...tamgaFuses, resetAdHocDarwinSignature: adHoc });
    }
  });
});
