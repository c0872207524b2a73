import { describe, expect, it } from 'vitest';
import { verifyBundle } from '../../../../src-main/bundle';
import { exportedBundle, rewritten, vaultSigner } from './bundle-fixture';
import { custodyEventsOf, FORGER_SEED, manifestOf, resign, setCustody, signerFromSeed } from './bundle-forgery';

const forger = signerFromSeed(FORGER_SEED);

describe('a bundle whose history does not belong to its signer or its files', () => {
  it('refuses a bundle re-signed by another key after an exhibit was changed: the history names the old device and hash', async () => {
    const { path, itemIds, vault } = await exportedBundle();
    const changed = `files/${itemIds[2]}/notes.txt`;
    const out = rewritten(path, (entries) => {
      entries[changed] = Buffer.from('Witness statement, second page, rewritten.');
      resign(entries, forger);
    });
    const report = await verifyBundle(out);
    expect(report.ok).toBe(false);
    expect(report.fingerprint).toBe(forger.fingerprint);
    expect(report.problems).toEqual([
      { code: 'bundle.custodyMismatch', details: { line: 1, reason: `names device ${vault.deviceIdentity().fingerprint}, but the bundle is signed by ${forger.fingerprint}` } },
      { code: 'bundle.custodyMismatch', details: { line: 3, reason: expect.stringMatching(new RegExp(`^the import of ${changed} recorded SHA-256 [0-9a-f]{64}, the manifest says [0-9a-f]{64}$`)) } },
    ]);
  });

  it('refuses one custody line naming another device, even when the chain and signatures are redone with the vault key', async () => {
    const { path, vault } = await exportedBundle();
    const out = rewritten(path, (entries) => {
      const events = custodyEventsOf(entries);
      events[1] = { ...events[1]!, device: forger.fingerprint };
      setCustody(entries, events);
      resign(entries, vaultSigner(vault));
    });
    expect((await verifyBundle(out)).problems).toEqual([
      { code: 'bundle.custodyMismatch', details: { line: 2, reason: `names device ${forger.fingerprint}, but the bundle is signed by ${vault.deviceIdentity().fingerprint}` } },
    ]);
  });

  it('refuses an exhibit whose history does not begin with its import', async () => {
    const { path, itemIds, vault } = await exportedBundle();
    const out = rewritten(path, (entries) => {
      setCustody(entries, custodyEventsOf(entries).filter((event) => event.itemId !== itemIds[1]));
      resign(entries, vaultSigner(vault));
    });
    const photo = manifestOf(await import('./bundle-fixture').then((m) => m.entriesOf(out))).files[1]!.path;
    expect((await verifyBundle(out)).problems).toEqual([{ code: 'bundle.custodyIncomplete', details: { path: photo } }]);
  });

  it('refuses a manifest that claims a fingerprint its key does not have, even with every line rewritten to match', async () => {
    const { path, vault } = await exportedBundle();
    const victim = vault.deviceIdentity();
    const out = rewritten(path, (entries) => {
      setCustody(entries, custodyEventsOf(entries));
      // The forger signs with their own key but claims the victim's fingerprint; the custody lines already name it.
      resign(entries, forger, { claim: { publicKey: forger.publicKey.toString('base64'), fingerprint: victim.fingerprint } });
    });
    const report = await verifyBundle(out);
    expect(report.problems).toEqual([{ code: 'bundle.manifestInvalid', details: { reason: 'creator fingerprint does not match its key' } }]);
    // What the report names as signer is the key that signed, never the claim.
    expect(report.fingerprint).toBe(forger.fingerprint);
  });
});

describe('the signature over SHA256SUMS', () => {
  it('a bad SHA256SUMS signature is named', async () => {
    const { path } = await exportedBundle();
    const out = rewritten(path, (entries) => (entries['SHA256SUMS.sig.bin'] = Buffer.alloc(64, 7)));
    expect((await verifyBundle(out)).problems).toEqual([{ code: 'bundle.signatureInvalid', details: { path: 'SHA256SUMS.sig.bin' } }]);
  });

  it('a SHA256SUMS signature from another key is named', async () => {
    const { path } = await exportedBundle();
    const out = rewritten(path, (entries) => (entries['SHA256SUMS.sig.bin'] = forger.sign(entries['SHA256SUMS']!)));
    expect((await verifyBundle(out)).problems).toEqual([{ code: 'bundle.signatureInvalid', details: { path: 'SHA256SUMS.sig.bin' } }]);
  });

  it('a missing SHA256SUMS signature is named', async () => {
    const { path } = await exportedBundle();
    const out = rewritten(path, (entries) => delete entries['SHA256SUMS.sig.bin']);
    expect((await verifyBundle(out)).problems).toEqual([{ code: 'bundle.signatureMissing', details: { path: 'SHA256SUMS.sig.bin' } }]);
  });
});
