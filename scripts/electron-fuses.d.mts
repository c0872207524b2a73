import type { FuseV1Options, FuseVersion } from '@electron/fuses';

export declare const tamgaFuses: Readonly<{ version: FuseVersion.V1 } & Partial<Record<FuseV1Options, boolean>>>;

export type PackContext = { electronPlatformName: string; packager: { addElectronFuses(context: unknown, fuses: unknown): Promise<number> } };
export default function flipTamgaFuses(context: PackContext): Promise<void>;
