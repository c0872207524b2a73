// One line of an exhibit's custody, for a reader who will not open the log: when it was sealed, how often it left
// the vault, and what the last check found. No actor names: a dossier may travel further than the team.
import type { CustodyEvent } from '../ipc/channels/vault';

export type CustodySummary = {
  importedAt?: string;
  entries: number;
  exports: number;
  lastVerified?: { at: string; isIntact: boolean };
};

export function summarizeCustody(events: readonly CustodyEvent[]): CustodySummary {
  const ordered = [...events].sort((a, b) => a.index - b.index);
  const verified = ordered.filter((event) => event.event === 'item.verified').at(-1);
  return {
    importedAt: ordered.find((event) => event.event === 'item.imported')?.at,
    entries: ordered.length,
    exports: ordered.filter((event) => event.event === 'item.exported').length,
    ...(verified ? { lastVerified: { at: verified.at, isIntact: verified.details?.result === 'ok' } } : {}),
  };
}
