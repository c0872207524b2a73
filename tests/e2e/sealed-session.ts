import { chromium, type BrowserContext } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import config from '../../playwright.config';
import { removeDir, startHost, type RunningHost } from './browser-host';

export type SealedSession = { host: RunningHost; profileDir: string; context: BrowserContext; close(): Promise<void> };

/**
 * A browser host with its own data directory and Chromium with a persistent profile of its own, so a test can
 * afterwards scan every file both really wrote to disk for plaintext. `dataDir` is a vault the test prepared.
 */
export async function openSealedSession(viewport = { width: 1280, height: 900 }, dataDir?: string): Promise<SealedSession> {
  const host = await startHost(dataDir);
  const profileDir = mkdtempSync(join(tmpdir(), 'tamga-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, { ...config.use?.launchOptions, viewport });
  return {
    host,
    profileDir,
    context,
    async close() {
      await context.close();
      await host.stop();
      removeDir(host.dataDir);
      removeDir(profileDir);
    },
  };
}
