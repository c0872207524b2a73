import { mkdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { TamgaError } from '../../shared/result';
import { writeFileAtomic, writeFileAtomicSync } from '../fs/atomic-file';
import { openBox, sealBox, utf8 } from './aes-gcm-box';

const Settings = z.object({ autoLockMinutes: z.number().int().min(1).max(24 * 60) });
export type VaultSettings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: VaultSettings = { autoLockMinutes: 10 };

/** Read once, synchronously, when the service starts so status() never answers a stale default. A missing or
 * unreadable file means defaults, never an error. */
export function readSettings(path: string): VaultSettings {
  try {
    const parsed = Settings.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : DEFAULT_SETTINGS;
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export function writeSettings(path: string, settings: VaultSettings): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileAtomicSync(path, `${JSON.stringify(settings)}\n`);
}

/**
 * Settings that name people (the senders whose bundles this vault trusts) are not plain preferences: they are
 * sealed under the vault's main-only `items` key, with their own associated data so one can never be read as an
 * item record or as another setting, and they live inside the vault folder, so a panic wipe takes them too.
 */
export const SEALED_SETTINGS = [
  'known-senders',
  /** What this vault last received of each record, by digest: the base a three-way merge compares with. */
  'received-records',
  /** Records a received bundle and this vault both changed, with the sender's version, until a person settles them. */
  'received-conflicts',
] as const;
export type SealedSettingName = (typeof SEALED_SETTINGS)[number];

export const sealedSettingPath = (root: string, name: SealedSettingName): string => join(root, `${name}.sealed`);
const sealedSettingAad = (name: SealedSettingName) => utf8(`tamga sealed setting v1 ${name}`);

/** Undefined when the setting was never written; an altered or foreign file is an error, never a silent default. */
export async function readSealedSetting(root: string, key: Uint8Array, name: SealedSettingName): Promise<unknown> {
  const sealed = await readFile(sealedSettingPath(root, name)).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (!sealed) return undefined;
  const plain = openBox(key, sealed, sealedSettingAad(name));
  if (!plain) throw new TamgaError('records.unreadable', { table: 'settings', id: name });
  return JSON.parse(plain.toString('utf8')) as unknown;
}

export async function writeSealedSetting(root: string, key: Uint8Array, name: SealedSettingName, value: unknown): Promise<void> {
  await writeFileAtomic(sealedSettingPath(root, name), sealBox(key, utf8(JSON.stringify(value)), sealedSettingAad(name)));
}
