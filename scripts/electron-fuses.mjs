// electron-builder `afterPack` hook: flips Electron's fuses in the packaged binary, before it is signed.
// Fuses are baked into the executable, so a user or malware on the machine cannot turn them back on with an
// environment variable or a command-line flag.
import { FuseV1Options, FuseVersion } from '@electron/fuses';

/** The packaged app's fuses; tests/unit/main/electron/electron-fuses.test.ts checks each value. */
export const tamgaFuses = Object.freeze({
  version: FuseVersion.V1,
  // ELECTRON_RUN_AS_NODE would turn the signed app into a plain Node interpreter for anyone's script.
  [FuseV1Options.RunAsNode]: false,
  // NODE_OPTIONS and --inspect would let another process inject code into main, where the vault key lives.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // Cookies and other session storage are encrypted with the OS keychain.
  [FuseV1Options.EnableCookieEncryption]: true,
  // The app code is read only from app.asar, and only if its hash matches the one embedded at packaging.
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // The window loads from app://, so file:// needs no extra privileges.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
});

/** @param {{ electronPlatformName: string, packager: { addElectronFuses(context: unknown, fuses: unknown): Promise<number> } }} context */
export default async function flipTamgaFuses(context) {
  // Rewriting the binary breaks its ad-hoc signature; on macOS (arm64 refuses unsigned code) sign it ad hoc again.
  const darwin = context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas';
  await context.packager.addElectronFuses(context, { ...tamgaFuses, resetAdHocDarwinSignature: darwin });
}
