import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { writeBundle } from '../../../../src-main/bundle';
import type { VaultService } from '../../../../src-main/vault';
import { discloseCase, type CaseRecords } from '../../../../shared/export/case-disclosure';
import { Case, CaseEvent, CaseItem, CasePerson, Person, Source } from '../../../../shared/model';
import type { Signer } from './bundle-forgery';
import { bytesOf, openTestVault, tempDir } from '../vault/temp-vault';

const at = '2026-03-12T14:05:00.000Z';
const recordId = (n: number) => n.toString(16).padStart(32, '0');
export const CASE_ID = recordId(1);

/**
 * One case as the app exports it (discloseCase, legal team): a detention in Almaty with a named victim, an event,
 * a source and every exported file attached. `edit` changes the records before they are disclosed.
 */
export function caseRecords(itemIds: readonly string[], edit: (records: CaseRecords) => CaseRecords = (r) => r): CaseRecords {
  const kase = Case.parse({ id: CASE_ID, createdAt: at, updatedAt: at, title: 'Detention in Almaty', tags: ['ICCPR-9'] });
  const person = Person.parse({ id: recordId(2), createdAt: at, updatedAt: at, names: [{ text: 'Айгүл Қасымова', script: 'cyrillic', kind: 'primary' }], consent: 'named-publication' });
  const link = CasePerson.parse({ id: recordId(3), createdAt: at, updatedAt: at, caseId: CASE_ID, personId: person.id, role: 'victim' });
  const source = Source.parse({ id: recordId(4), createdAt: at, updatedAt: at, name: 'KIBHR monitoring', kind: 'ngo-monitoring', caseIds: [CASE_ID] });
  const event = CaseEvent.parse({ id: recordId(5), createdAt: at, updatedAt: at, caseId: CASE_ID, type: 'detention', place: { text: 'Алматы' }, sourceIds: [source.id], actors: [{ kind: 'police' }, { kind: 'other', personId: person.id }] });
  const caseItems = itemIds.map((itemId, i) => CaseItem.parse({ id: recordId(100 + i), createdAt: at, updatedAt: at, caseId: CASE_ID, itemId, source: { how: 'given-by-witness', personId: person.id } }));
  return edit({ case: kase, events: [event], links: [link], people: [person], notes: [], sources: [source], claims: [], proceedings: [], caseItems, excerpts: [] });
}

export type BundleCasesOf = (itemIds: readonly string[]) => unknown[];
/** As the app sends it: through IPC, so fields left undefined are simply absent. */
export const asSent = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
export const defaultCases: BundleCasesOf = (itemIds) => [asSent(discloseCase(caseRecords(itemIds), 'legal-team'))];

/** An unlocked test vault holding `files` (name → bytes), and a bundle exported from all of them. */
export async function exportedBundle(files: Record<string, Uint8Array | string> = defaultFiles(), casesOf: BundleCasesOf = defaultCases, vault?: VaultService) {
  if (!vault) {
    vault = openTestVault();
    await vault.create('correct horse');
  }
  const itemIds: string[] = [];
  for (const [name, bytes] of Object.entries(files)) itemIds.push((await vault.importStream(bytesOf(bytes), { originalName: name })).item.id);
  const dir = tempDir();
  const written = await writeBundle(vault, { itemIds, cases: casesOf(itemIds), out: join(dir, 'bundle.zip') });
  return { vault, dir, itemIds, written, path: written.path };
}

export function defaultFiles(): Record<string, Uint8Array | string> {
  return {
    'протокол допроса.txt': 'Протокол: задержан 12.03.2024 в 14:05.',
    'photo.jpg': Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(300, 7)]),
    'notes.txt': 'Witness statement, second page.',
  };
}

/** The archive's entries as a name → bytes map (fflate, in memory: these are small test bundles). */
export const entriesOf = (path: string): Record<string, Uint8Array> => unzipSync(readFileSync(path));

/** Rewrites the bundle with `edit` applied to its entries, stored like the original, to a new file. */
export function rewritten(path: string, edit: (entries: Record<string, Uint8Array>) => void, name = 'tampered.zip'): string {
  const entries = entriesOf(path);
  edit(entries);
  const out = join(tempDir(), name);
  writeFileSync(out, zipSync(entries as Zippable, { level: 0 }));
  return out;
}

export const text = (bytes: Uint8Array | undefined) => Buffer.from(bytes ?? []).toString('utf8');

/** The vault's own key as a forger's Signer: what someone holding the device (or its key) could sign with. */
export function vaultSigner(vault: Pick<VaultService, 'sign' | 'deviceIdentity'>): Signer {
  const identity = vault.deviceIdentity();
  return { sign: (bytes) => vault.sign(bytes), publicKey: Buffer.from(identity.publicKey, 'base64'), fingerprint: identity.fingerprint };
}
