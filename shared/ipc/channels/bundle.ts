import { z } from 'zod';
import { errorCodes } from '../../errors';
import { Actor, Case, CaseEvent, CaseItem, CaseRole, Claim, Consent, Excerpt, ItemProvenance, Note, Person, Proceeding, Source, VictimCategory } from '../../model';
import { Timestamp } from '../../model/record-base';
import { languages } from '../../i18n/resources';
import { channel } from '../define';

const Id = z.string().regex(/^[0-9a-f]{32}$/);
const Empty = z.object({}).strict();

/**
 * A plain file name for <dataDir>/exports/: no folders, no leading dot (temp files start with one), no characters
 * Windows refuses, ending in .zip. Where it goes is main's decision, never the renderer's.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this pattern must refuse
const BundleFileName = z.string().regex(/^[^./\\:*?"<>|\u0000-\u001f][^/\\:*?"<>|\u0000-\u001f]{0,119}\.zip$/);

/**
 * A key fingerprint as people read it to each other: any case, with spaces, colons or dashes between groups.
 * Answers the 32 lowercase hex digits bundles and custody lines use, or undefined when it is not one.
 */
export function normalizeFingerprint(text: string): string | undefined {
  const compact = text.replace(/[\s:-]/g, '').toLowerCase();
  return /^[0-9a-f]{32}$/.test(compact) ? compact : undefined;
}

/** Eight groups of four, so it can be read aloud over the phone and compared group by group. */
export const formatFingerprint = (fingerprint: string): string => fingerprint.match(/.{1,4}/g)?.join(' ') ?? fingerprint;

export const Fingerprint = z
  .string()
  .max(200)
  .transform((text, context) => {
    const normalized = normalizeFingerprint(text);
    if (normalized === undefined) context.addIssue({ code: 'custom', message: 'not a key fingerprint' });
    return normalized ?? '';
  });

export const SenderName = z
  .string()
  .max(200)
  .transform((name) => name.normalize('NFC').trim())
  .pipe(z.string().min(1));

/**
 * An age X25519 recipient (`age1…`, bech32, 62 characters) as people paste it: surrounding spaces dropped, any case.
 * The checksum is checked in main, where the age library is.
 */
export const AgeRecipient = z
  .string()
  .max(200)
  .transform((text) => text.trim().toLowerCase())
  .pipe(z.string().regex(/^age1[02-9ac-hj-np-z]{58}$/));

/** `ageRecipient`: what bundles to this sender are encrypted to; senders added before it existed have none. */
export const KnownSender = z.object({ name: z.string().min(1).max(200), fingerprint: Id, addedAt: z.iso.datetime(), ageRecipient: AgeRecipient.optional() }).strict();
export type KnownSender = z.infer<typeof KnownSender>;

/**
 * This device's own fingerprint (to read to colleagues) and age recipient (to give them, so they can encrypt bundles
 * to it), and the senders whose bundles it trusts.
 */
export const KnownSenders = z.object({ self: Id, selfAgeRecipient: AgeRecipient.optional(), senders: z.array(KnownSender) });
export type KnownSenders = z.infer<typeof KnownSenders>;

/** Who signed a received bundle, as far as this vault knows. */
export const BundleSigner = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('self') }),
  z.object({ kind: z.literal('known'), name: z.string() }),
  z.object({ kind: z.literal('unknown') }),
]);
export type BundleSigner = z.infer<typeof BundleSigner>;

export const BundleCheck = z.object({
  ok: z.boolean(),
  refused: z.boolean(),
  bundleId: Id.optional(),
  createdAt: z.string().optional(),
  fingerprint: Id.optional(),
  filesChecked: z.number().int().nonnegative(),
  problems: z.array(z.object({ code: z.enum(errorCodes), details: z.record(z.string(), z.union([z.string(), z.number()])).optional() })),
  /** Present only when the bundle is whole: an altered bundle has no signer worth naming. */
  signer: BundleSigner.optional(),
});
export type BundleCheck = z.infer<typeof BundleCheck>;

const PersonRef = z.string().regex(/^person-[A-Z]{1,4}$/);
const personRef = { personRef: PersonRef.optional() };
/** One case as shared/export/case-disclosure.ts discloses it; strict, so nothing it did not put there gets through. */
export const CaseDisclosure = z
  .object({
    audience: z.enum(['legal-team', 'publication']),
    case: Case.pick({ id: true, title: true, summary: true, status: true, places: true, tags: true, tagNotes: true, period: true }).strict(),
    events: z.array(CaseEvent.extend({ actors: z.array(Actor.omit({ personId: true }).extend(personRef).strict()) }).strict()),
    people: z.array(
      z
        .object({
          ref: PersonRef,
          role: CaseRole,
          names: z.array(z.string().max(500)),
          withheld: z.boolean(),
          gender: Person.shape.gender.unwrap().optional(),
          ageGroup: Person.shape.ageGroup.unwrap().optional(),
          consent: Consent,
          victimCategories: z.array(VictimCategory).max(VictimCategory.options.length).optional(),
          form: Person.shape.form.unwrap().optional(),
          description: Person.shape.description,
          groupSize: Person.shape.groupSize,
          groupSizeInWords: Person.shape.groupSizeInWords,
          organisationKind: Person.shape.organisationKind,
        })
        .strict(),
    ),
    proceedings: z.array(Proceeding.omit({ personId: true }).extend(personRef).strict()),
    sources: z.array(Source.strict()),
    claims: z.array(Claim.strict()),
    notes: z.array(Note.omit({ personId: true }).extend(personRef).strict()),
    // Absent from bundles made before exhibits and excerpts travelled with their case.
    exhibits: z.array(CaseItem.omit({ caseId: true, source: true }).extend({ source: ItemProvenance.omit({ personId: true }).extend(personRef).strict() }).strict()).default([]),
    excerpts: z.array(Excerpt.extend({ updatedAt: Timestamp.optional() }).strict()).default([]),
  })
  .strict();
export type CaseDisclosureInput = z.input<typeof CaseDisclosure>;

const BundlePassphrase = z.string().min(1).max(1024);

/** Known senders by fingerprint (main looks up their age recipients), or one passphrase told to the recipient apart. */
export const BundleEncryption = z.union([
  z.object({ fingerprints: z.array(Fingerprint).min(1).max(50) }).strict(),
  z.object({ passphrase: BundlePassphrase }).strict(),
]);
export type BundleEncryption = z.infer<typeof BundleEncryption>;

/** How to take a bundle in: the fingerprint told by another channel, or an explicit acceptance, and whether only to look. */
export const ReceiveRequest = z
  .object({
    expect: Fingerprint.optional(),
    accept: z.object({ name: SenderName.optional() }).strict().optional(),
    /** Verify and plan only: nothing is written. */
    dryRun: z.boolean(),
    passphrase: BundlePassphrase.optional(),
  })
  .strict();
export type ReceiveRequest = z.infer<typeof ReceiveRequest>;

const MergedTable = z.enum(['cases', 'events', 'people', 'casePeople', 'notes', 'sources', 'claims', 'proceedings', 'caseItems', 'excerpts']);

/** What receiving did, or in a dry run would do: files taken in or already held, and the merge of the records. */
export const ReceiveReport = z.object({
  bundleId: Id,
  sender: z.object({ name: z.string(), fingerprint: Id }),
  dryRun: z.boolean(),
  files: z.array(z.object({ itemId: Id, sha256: z.string().regex(/^[0-9a-f]{64}$/), originalName: z.string(), status: z.enum(['received', 'alreadyHeld']) })),
  records: z.object({
    cases: z.array(z.object({ id: Id, title: z.string(), isNew: z.boolean() })),
    added: z.number().int().nonnegative(),
    changed: z.number().int().nonnegative(),
    unchanged: z.number().int().nonnegative(),
    kept: z.number().int().nonnegative(),
    conflicts: z.array(z.object({ table: MergedTable, id: Id, caseId: Id })),
    people: z.array(z.object({ receivedId: Id, localId: Id, names: z.array(z.string()), localNames: z.array(z.string()) })),
  }),
});
export type ReceiveReport = z.infer<typeof ReceiveReport>;

/** A record a received bundle and this vault both changed: this vault's version stays until a person chooses. */
export const ReceivedConflict = z.object({
  table: MergedTable,
  id: Id,
  caseId: Id,
  sender: z.object({ name: z.string(), fingerprint: Id }),
  bundleId: Id,
  receivedAt: z.iso.datetime(),
  ours: z.record(z.string(), z.unknown()),
  theirs: z.record(z.string(), z.unknown()),
});
export type ReceivedConflict = z.infer<typeof ReceivedConflict>;

export const bundleChannels = {
  /**
   * Writes an evidence bundle (ARCHITECTURE.md §4); `cases` is what the renderer disclosed under each person's
   * consent. The Electron window saves it where the person chose (`path`); the browser host keeps it only until
   * it is downloaded once from `download`.
   */
  'bundle.export': channel(
    z
      .object({
        itemIds: z.array(Id).min(1).max(65_000),
        cases: z.array(CaseDisclosure).max(100).optional(),
        fileName: BundleFileName,
        /** The language the bundle's index.html is written in: the one the sender reads the app in. */
        lang: z.enum(languages).optional(),
        /** Encrypt the finished bundle to these known senders' age recipients, or to a passphrase; `.age` is added to the name. */
        encryptTo: BundleEncryption.optional(),
      })
      .strict(),
    z.object({
      /** The zip's SHA-256, as its custody entries record it and as the recipient checks it once decrypted. */
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      /** Present when encrypted: the SHA-256 of the `.age` file that travels. */
      encryptedSha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
      bundleId: Id,
      path: z.string().optional(),
      download: z.string().regex(/^\/exports\/[^/]+$/).optional(),
    }),
  ),
  'bundle.senders': channel(Empty, KnownSenders),
  'bundle.addSender': channel(z.object({ name: SenderName, fingerprint: Fingerprint, ageRecipient: AgeRecipient.optional() }).strict(), KnownSenders),
  'bundle.removeSender': channel(z.object({ fingerprint: Fingerprint }).strict(), KnownSenders),
  /**
   * Checks a received bundle the person picked or dropped in the Electron window, by its one-time handle. An age
   * file is decrypted first, with this device's age key or the `passphrase` the sender gave.
   */
  'bundle.verifyGranted': channel(z.object({ handle: Id, passphrase: BundlePassphrase.optional() }).strict(), BundleCheck),
  /** Receives (or with `dryRun`, plans receiving) a bundle the person picked in the Electron window, by its handle. */
  'bundle.receiveGranted': channel(ReceiveRequest.extend({ handle: Id }).strict(), ReceiveReport),
  /** Records waiting for a person to choose between this vault's version and a sender's. */
  'bundle.conflicts': channel(Empty, z.array(ReceivedConflict)),
  /** The person chose: this vault's version stays, or the sender's is saved as the next version. Answers what is left. */
  'bundle.settleConflict': channel(z.object({ table: MergedTable, id: Id, keep: z.enum(['ours', 'theirs']) }).strict(), z.array(ReceivedConflict)),
};
