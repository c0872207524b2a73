/**
 * Keystroke to durable: one autosave (one record of ~1 KiB, sealed as the renderer seals it) appended to the record
 * journal and acknowledged only after fsync, custody entry and heads included; p50 and p95 over many saves.
 * Reference: the sqlite3 CLI committing a row of the same size per transaction with PRAGMA synchronous=FULL (WAL
 * off), each COMMIT timed by `.timer on`, in the same run on the same disk.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createVaultService } from '../src-main/vault';
import { rendererWrites } from '../tests/unit/main/records/journal-fixture';
import type { Bench } from './harness';

const SAVES = 300;
const KDF = { cost: { memoryKiB: 8, iterations: 1, parallelism: 1 }, unsafeAcceptWeak: true } as const;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

function sqliteCommitMillis(rowBytes: number): number[] {
  const dir = mkdtempSync(join(tmpdir(), 'tamga-journal-bench-'));
  try {
    const value = randomBytes(rowBytes / 2).toString('hex');
    const script = ['PRAGMA journal_mode=DELETE;', 'PRAGMA synchronous=FULL;', 'CREATE TABLE rows(id INTEGER PRIMARY KEY, json TEXT);', '.timer on'];
    for (let i = 0; i < SAVES; i++) script.push('BEGIN;', `INSERT INTO rows(json) VALUES ('${value}');`, 'COMMIT;');
    const out = execFileSync('sqlite3', [join(dir, 'bench.sqlite')], { input: script.join('\n') }).toString();
    // One "Run Time" line per statement; every third one after the setup is a COMMIT.
    const times = [...out.matchAll(/Run Time: real ([0-9.]+)/g)].map((m) => Number(m[1]) * 1000);
    return times.filter((_, i) => i % 3 === 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const bench: Bench = async (report) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'tamga-journal-bench-'));
  try {
    const vault = createVaultService({ dataDir, kdf: KDF });
    await vault.create('bench passphrase');
    const put = await rendererWrites(dataDir, 'bench passphrase');
    const id = randomBytes(16).toString('hex');
    const millis: number[] = [];
    for (let i = 0; i < SAVES; i++) {
      const write = put('cases', id, { title: `Autosave ${i}`, summary: 'x'.repeat(900) });
      const start = performance.now();
      await vault.appendRecords([write]);
      millis.push(performance.now() - start);
    }
    vault.dispose();
    const ours = millis.sort((a, b) => a - b);
    const sqlite = sqliteCommitMillis(1024).sort((a, b) => a - b);
    for (const [metric, p] of [['autosave to durable p50', 0.5], ['autosave to durable p95', 0.95]] as const) {
      report({ metric, value: percentile(ours, p), unit: 'ms', reference: { tool: 'sqlite3 COMMIT, synchronous=FULL', value: percentile(sqlite, p) } });
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
};

export default bench;
