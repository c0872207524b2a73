import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { changedFields, openRecordPayload } from '../../../../src-main/records/record-payload';
import { sealLikeTheRenderer } from './journal-fixture';

const KEY = randomBytes(32);
const ID = 'c'.repeat(32);

/** The error openRecordPayload throws, so that its code and details can be checked (not just "it threw"). */
function refusal(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected the payload to be refused');
}

describe('record payload: what main opens of a row the renderer sealed', () => {
  it('opens a payload sealed as the renderer seals it, for the same table and id', () => {
    expect(openRecordPayload(KEY, 'cases', ID, sealLikeTheRenderer(KEY, 'cases', ID, { id: ID, title: 'Жанаозен' }))).toEqual({ id: ID, title: 'Жанаозен' });
  });

  it('refuses a payload whose version byte is not 1, although the rest of it still decrypts', () => {
    // The version byte is not part of the AES-GCM additional data, so only the explicit check stands here.
    const sealed = Buffer.from(sealLikeTheRenderer(KEY, 'cases', ID, { title: 'x' }), 'base64');
    for (const version of [0, 2, 255]) {
      sealed[0] = version;
      expect(refusal(() => openRecordPayload(KEY, 'cases', ID, sealed.toString('base64')))).toMatchObject({ code: 'records.unreadable', details: { table: 'cases', id: ID } });
    }
  });

  it('refuses a payload moved to another record or table: both are bound as AAD', () => {
    const sealed = sealLikeTheRenderer(KEY, 'cases', ID, { title: 'x' });
    expect(refusal(() => openRecordPayload(KEY, 'cases', 'd'.repeat(32), sealed))).toMatchObject({ code: 'records.unreadable', details: { table: 'cases', id: 'd'.repeat(32) } });
    expect(refusal(() => openRecordPayload(KEY, 'people', ID, sealed))).toMatchObject({ code: 'records.unreadable', details: { table: 'people', id: ID } });
  });

  it('refuses a payload sealed under another key, altered, cut short or empty, naming the record', () => {
    const sealed = Buffer.from(sealLikeTheRenderer(KEY, 'notes', ID, { body: 'text' }), 'base64');
    const altered = Buffer.from(sealed);
    altered[20] = altered[20]! ^ 1;
    for (const bad of [sealLikeTheRenderer(randomBytes(32), 'notes', ID, { body: 'text' }), altered.toString('base64'), sealed.subarray(0, 28).toString('base64'), sealed.subarray(0, 5).toString('base64'), '']) {
      const error = refusal(() => openRecordPayload(KEY, 'notes', ID, bad));
      expect(error).toMatchObject({ code: 'records.unreadable', details: { table: 'notes', id: ID } });
    }
  });

  it.each([
    ['a string', 'just text'],
    ['a number', 42],
    ['null', null],
    ['an array', [{ title: 'x' }]],
    ['true', true],
  ])('refuses a payload that decrypts to %s: a record is always an object', (_, value) => {
    const sealed = sealLikeTheRenderer(KEY, 'cases', ID, value);
    expect(refusal(() => openRecordPayload(KEY, 'cases', ID, sealed))).toMatchObject({ code: 'records.unreadable', details: { table: 'cases', id: ID } });
  });

  it('names the fields an edit changed, sorted, leaving out the bookkeeping every save touches', () => {
    expect(changedFields({ id: ID, title: 'a', tags: ['x'], updatedAt: '1' }, { id: ID, title: 'a', tags: ['x', 'y'], summary: 's', updatedAt: '2' })).toEqual(['summary', 'tags']);
    expect(changedFields(undefined, { id: ID, createdAt: '1', updatedAt: '1', title: 'a', body: 'b' })).toEqual(['body', 'title']);
    expect(changedFields({ title: 'a', gone: 1 }, { title: 'a' })).toEqual(['gone']);
  });
});
