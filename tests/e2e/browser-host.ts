import { test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

/**
 * `url` is the address the host printed; like any it works once (a reload of the same tab keeps working), so a test
 * that opens the app in another tab asks for `newLaunchUrl()`, as a person presses Enter in the terminal.
 */
export type RunningHost = {
  url: string;
  origin: string;
  dataDir: string;
  newLaunchUrl(): Promise<string>;
  stop(): Promise<void>;
  /** Kills the host with SIGKILL, as a crash or a pulled plug would: no handler runs, nothing is flushed. */
  kill(): Promise<void>;
};

const HOST_ENTRY = resolve(__dirname, '../../out/main/browser-host.js');
const LAUNCH_URL = /^http:\/\/127\.0\.0\.1:\d+\/#launch=[\w-]+$/;

/** Starts the built browser host on a free port with its own data directory, as a user would with npm start. */
export async function startHost(dataDir = mkdtempSync(join(tmpdir(), 'tamga-e2e-'))): Promise<RunningHost> {
  const child: ChildProcess = spawn(process.execPath, [HOST_ENTRY, '--data-dir', dataDir, '--port', '0'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const waiting: ((url: string) => void)[] = [];
  const url = await new Promise<string>((resolveUrl, reject) => {
    waiting.push(resolveUrl);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (LAUNCH_URL.test(line.trim())) waiting.shift()?.(line.trim());
    });
    child.once('exit', (code) => reject(new Error(`browser host exited with ${code}`)));
  });
  return {
    url,
    origin: new URL(url).origin,
    dataDir,
    newLaunchUrl() {
      const next = new Promise<string>((resolveUrl) => waiting.push(resolveUrl));
      child.stdin!.write('\n');
      return next;
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGTERM');
        await exited;
      }
    },
    async kill() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGKILL');
        await exited;
      }
    },
  };
}

export const removeDir = (dir: string): void => rmSync(dir, { recursive: true, force: true });

/**
 * One host for every test in the calling spec file, started before the first and stopped (its data directory
 * removed) after the last. Returns a getter, since the host exists only once beforeAll has run.
 */
export function hostForThisFile(): () => RunningHost {
  let host: RunningHost | undefined;
  test.beforeAll(async () => {
    host = await startHost();
  });
  test.afterAll(async () => {
    await host?.stop();
    if (host) removeDir(host.dataDir);
  });
  return () => {
    if (!host) throw new Error('the browser host is started in beforeAll; use it inside a test');
    return host;
  };
}
