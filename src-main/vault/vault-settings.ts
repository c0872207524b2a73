import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { writeFileAtomicSync } from '../fs/atomic-file';

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
