import { describe, expect, it } from 'vitest';
import { Case, Claim, claimsAbout, newRecordId, Person, Proceeding, stricterConsent, Source } from '../../../../shared/model';

const base = () => ({ id: newRecordId(), createdAt: '2021-01-01T00:00:00.000Z', updatedAt: '2021-01-01T00:00:00.000Z' });

describe('domain model', () => {
  it('trims a case title and refuses one that is blank or too long', () => {
    expect(Case.parse({ ...base(), title: '  Zhanaozen  ' }).title).toBe('Zhanaozen');
    expect(Case.safeParse({ ...base(), title: ' \n\t ' }).success).toBe(false);
    expect(Case.safeParse({ ...base(), title: 'x'.repeat(501) }).success).toBe(false);
  });

  it('fills case defaults so a minimal case is complete', () => {
    expect(Case.parse({ ...base(), title: 'T' })).toMatchObject({ status: 'open', sensitivity: 'normal', summary: '', places: [], tags: [] });
  });

  it('models anonymous persons, counted groups and organisations without names', () => {
    expect(Person.safeParse({ ...base(), form: 'anonymous', description: 'a civic activist from Shymkent' }).success).toBe(true);
    expect(Person.safeParse({ ...base(), form: 'group', groupSize: { value: 350, qualifier: 'at-least' }, description: 'protesters in 10 cities' }).success).toBe(true);
    expect(Person.safeParse({ ...base(), form: 'group' }).success).toBe(false);
    expect(Person.safeParse({ ...base(), form: 'organisation', organisationKind: 'union', names: [{ text: 'Confederation of Independent Trade Unions', script: 'latin', kind: 'primary' }] }).success).toBe(true);
    expect(Person.safeParse({ ...base(), form: 'individual' }).success).toBe(false);
  });

  it('defaults consent to internal only and merges toward the more protective consent', () => {
    expect(Person.parse({ ...base(), names: [{ text: 'A', script: 'latin', kind: 'primary' }] }).consent).toBe('internal-only');
    expect(stricterConsent('named-publication', 'anonymised-publication')).toBe('anonymised-publication');
    expect(stricterConsent('internal-only', 'named-publication')).toBe('internal-only');
  });

  it('keeps every sentence component of a combined sentence', () => {
    const proceeding = Proceeding.parse({
      ...base(), caseId: newRecordId(), type: 'criminal', code: 'CC', article: '174', part: '2', outcome: 'convicted',
      sentence: { detentionDays: 10, restrictionOfFreedomMonths: 60, communityServiceHours: 100, damages: { amount: 1_000_000, unit: 'KZT' },
        activityBans: [{ what: 'public and political activity', until: { precision: 'year', year: 2026 } }] },
    });
    expect(proceeding.sentence?.activityBans[0]?.until).toEqual({ precision: 'year', year: 2026 });
    expect(Proceeding.safeParse({ ...base(), caseId: newRecordId(), type: 'administrative', code: 'CAO', article: '488', sentence: { fine: { amount: 10, unit: 'USD' } } }).success).toBe(false);
  });

  it('keeps conflicting claims side by side, each with its source', () => {
    const caseId = newRecordId();
    const [a, b] = [12, 14].map((n) => Claim.parse({ ...base(), caseId, field: 'deaths', sourceId: newRecordId(), value: { type: 'count', count: { value: n, qualifier: 'at-least' } } }));
    expect(claimsAbout([a!, b!], 'deaths').map((c) => c.sourceId)).toEqual([a!.sourceId, b!.sourceId]);
  });

  it('accepts only known source kinds and real URLs', () => {
    expect(Source.safeParse({ ...base(), kind: 'un-document', name: 'CCPR/C/KAZ/CO/2', url: 'https://undocs.org/CCPR/C/KAZ/CO/2' }).success).toBe(true);
    expect(Source.safeParse({ ...base(), kind: 'rumour', name: 'x' }).success).toBe(false);
    expect(Source.safeParse({ ...base(), kind: 'media', name: 'x', url: 'not a url' }).success).toBe(false);
  });

  it('gives new records random 128-bit ids', () => {
    const ids = new Set(Array.from({ length: 1000 }, newRecordId));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{32}$/);
  });
});
