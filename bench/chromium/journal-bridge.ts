/**
 * Main's end of the record journal for bench/journal-rebuild-chromium.bench.ts: a real vault (VaultService, its
 * journal on disk) behind the three records channels the renderer's clientJournal calls, answered through the same
 * dispatch() as the browser host's WebSocket (input and output checked against the contract), with JSON text both
 * ways as a socket frame carries it. The page reaches it through a Playwright binding instead of a socket.
 * The handlers are create-app.ts's own for these channels; the vault is one with a test KDF, so its unlock can
 * be timed for what the journal costs rather than for Argon2.
 */
import type { BrowserContext } from '@playwright/test';
import type { Handlers } from '../../shared/ipc/contract';
import { dispatch } from '../../shared/ipc/dispatch';
import { TamgaError } from '../../shared/result';
import type { VaultService } from '../../src-main/vault';
import { BRIDGE_BINDING } from './journal-binding';

/** What crossed the bridge since the last reset: what a rebuild or a resume asked main for. */
export type BridgeTraffic = {
  reads: number;
  /** Journal entries main sent back, over all reads. */
  entries: number;
  /** Characters of JSON main sent back, over all reads. */
  readChars: number;
  /** Time main spent answering reads (dispatch included), summed; the page waits for it at each page of entries. */
  readSeconds: number;
  appends: number;
};

export type JournalBridge = {
  /** Points the bridge at another vault; the writer claim starts over, as a fresh app would. */
  use(vault: VaultService): void;
  attach(context: BrowserContext): Promise<void>;
  /** The traffic since the last call, which starts a new count. */
  takeTraffic(): BridgeTraffic;
};

const noTraffic = (): BridgeTraffic => ({ reads: 0, entries: 0, readChars: 0, readSeconds: 0, appends: 0 });

export function journalBridge(first: VaultService): JournalBridge {
  let vault = first;
  let writer: string | undefined;
  let traffic = noTraffic();
  // As in create-app.ts: only the window that claimed the journal last may append.
  const records: Pick<Handlers, 'records.append' | 'records.claimWriter' | 'records.read'> = {
    'records.append': async ({ writes, writer: from }) => {
      if (from !== writer) throw new TamgaError('records.otherWriter');
      return vault.appendRecords(writes);
    },
    'records.claimWriter': async ({ writer: claimant }) => {
      if (vault.status().state !== 'unlocked') throw new TamgaError('vault.locked');
      writer = claimant;
      return {};
    },
    'records.read': async ({ after, limit, latest }) => vault.readRecords(after, limit, latest),
  };
  // Any other channel is answered as a missing handler would be; the bench page calls none.
  const handlers = records as Handlers;

  return {
    use(next) {
      vault = next;
      writer = undefined;
    },
    async attach(context) {
      await context.exposeBinding(BRIDGE_BINDING, async (_source, frame: string) => {
        const { channel, input } = JSON.parse(frame) as { channel: string; input: unknown };
        const start = performance.now();
        const result = await dispatch(handlers, channel, input);
        const text = JSON.stringify(result);
        if (channel === 'records.read') {
          traffic.reads += 1;
          traffic.entries += result.ok ? (result.value as { entries: unknown[] }).entries.length : 0;
          traffic.readChars += text.length;
          traffic.readSeconds += (performance.now() - start) / 1000;
        } else if (channel === 'records.append') {
          traffic.appends += 1;
        }
        return text;
      });
    },
    takeTraffic() {
      const taken = traffic;
      traffic = noTraffic();
      return taken;
    },
  };
}
