import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blindIndex } from '../../../../src-renderer/records/blind-index';
import { openRecord } from '../../../../src-renderer/records/record-seal';
import { openRecordPayload } from '../../../../src-main/records/record-payload';
import { journalRowOf } from '../../../../src-main/records/record-row';
import { searchKey } from '../../../../shared/text';

// The renderer's own WebCrypto code opens what main seals and computes the same blind indexes: a record received in
// a bundle replays into the working copy exactly like one typed in the app.
const keys = () => ({ records: randomBytes(32), index: randomBytes(32) });
const webKey = (raw: Uint8Array, usage: 'AES-GCM' | 'HMAC') =>
  usage === 'AES-GCM'
    ? crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['decrypt'])
    : crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
const id = 'a'.repeat(32);

describe('journalRowOf', () => {
  it('seals a payload the renderer opens, and nothing of it sits in the clear', async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue()), async (fields) => {
        const k = keys();
        const record = { ...fields, id, updatedAt: '2026-01-01T00:00:00.000Z' };
        const row = journalRowOf(k, 'notes', record);
        const sealed = Buffer.from(row.sealed, 'base64');
        expect(await openRecord(await webKey(k.records, 'AES-GCM'), 'notes', id, new Uint8Array(sealed))).toEqual(JSON.parse(JSON.stringify(record)));
        expect(openRecordPayload(k.records, 'notes', id, row.sealed)).toEqual(JSON.parse(JSON.stringify(record)));
      }),
      { numRuns: 50 },
    );
  });

  it('binds the payload to its table and id', async () => {
    const k = keys();
    const row = journalRowOf(k, 'notes', { id, text: 'Звонок источнику' });
    await expect(openRecord(await webKey(k.records, 'AES-GCM'), 'claims', id, new Uint8Array(Buffer.from(row.sealed, 'base64')))).rejects.toThrow();
    expect(() => openRecordPayload(k.records, 'notes', 'b'.repeat(32), row.sealed)).toThrow();
  });

  it("writes the clear columns and the person-name blind index exactly as the renderer's middleware does", async () => {
    const k = keys();
    const person = { id, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z', names: [{ text: 'Ильяшев' }, { text: 'Ilyashev' }, { text: 'Жанболат' }] };
    const row = journalRowOf(k, 'people', person);
    const hmac = await webKey(k.index, 'HMAC');
    const expected = [...new Set(['Ильяшев', 'Жанболат'].map((name) => searchKey(name)))];
    expect(row.columns).toEqual({
      kind: 'person',
      createdAt: person.createdAt,
      updatedAt: person.updatedAt,
      nameIndex: await Promise.all(expected.map((value) => blindIndex(hmac, 'person.name', value))),
    });
    expect(JSON.stringify(row.columns)).not.toContain('Ильяшев');
  });

  it('marks a merged-away case as a tombstone and indexes its tags blind', async () => {
    const k = keys();
    const row = journalRowOf(k, 'cases', { id, title: 'x', tags: ['ICCPR-21'], mergedInto: 'b'.repeat(32) });
    expect(row.columns.kind).toBe('case-tombstone');
    expect(row.columns.mergedInto).toBe('b'.repeat(32));
    expect(row.columns.tagIndex).toEqual([await blindIndex(await webKey(k.index, 'HMAC'), 'case.tag', 'ICCPR-21')]);
  });
});
