// New fields are optional and new enum values only add: a row written before them reads back exactly as stored.
import { describe, expect, it } from 'vitest';
import { CaseEvent, CasePerson, Outcome, Person, Proceeding } from '../../../../shared/model';

const base = { id: 'a'.repeat(32), createdAt: '2021-01-10T10:00:00.000Z', updatedAt: '2021-01-10T10:00:00.000Z' };

describe('groups of unknown size', () => {
  it('takes a group described in words, with no figure', () => {
    const group = Person.parse({ ...base, form: 'group', description: 'a small group of DPK supporters', groupSizeInWords: 'small' });
    expect(group).toMatchObject({ form: 'group', groupSizeInWords: 'small' });
    expect(group.groupSize).toBeUndefined();
  });

  it('still refuses a group with neither a figure nor words for its size', () => {
    expect(Person.safeParse({ ...base, form: 'group', description: 'protesters' }).success).toBe(false);
  });

  it('reads a group stored with a figure before sizes in words existed exactly as it was', () => {
    const stored = {
      ...base,
      form: 'group',
      names: [],
      description: 'Street Party activists',
      gender: 'unknown',
      ageGroup: 'unknown',
      vulnerabilities: [],
      groupSize: { value: 13, qualifier: 'exact' },
      consent: 'internal-only',
    };
    expect(Person.parse(stored)).toEqual(stored);
  });
});

describe('events with a duration', () => {
  it('reads an event stored before durations existed exactly as it was', () => {
    const stored = { ...base, caseId: 'b'.repeat(32), type: 'incident', description: 'kettled', when: { precision: 'day', year: 2021, month: 1, day: 10 }, actors: [], sourceIds: [], tags: [], tagNotes: {} };
    expect(CaseEvent.parse(stored)).toEqual(stored);
  });

  it('keeps how long the event lasted', () => {
    const event = CaseEvent.parse({ ...base, caseId: 'b'.repeat(32), duration: { amount: 8, unit: 'hour', qualifier: 'at-most' } });
    expect(event.duration).toEqual({ amount: 8, unit: 'hour', qualifier: 'at-most' });
  });
});

describe('outcomes, actors and victim categories', () => {
  it('tells a suspended sentence from a suspended organisation, and knows a pardon and a plea agreement', () => {
    expect(Outcome.options).toEqual(expect.arrayContaining(['suspended', 'suspended-sentence', 'pardoned', 'plea-agreement']));
    const proceeding = Proceeding.parse({ ...base, caseId: 'b'.repeat(32), type: 'criminal', code: 'CC', article: '190', outcome: 'pardoned' });
    expect(proceeding.outcome).toBe('pardoned');
  });

  it('takes the National Guard, an election commission, a sanitary authority, a registrar and parliament as actors', () => {
    const kinds = ['national-guard', 'election-commission', 'sanitary-authority', 'registrar', 'parliament'] as const;
    const event = CaseEvent.parse({ ...base, caseId: 'b'.repeat(32), actors: kinds.map((kind) => ({ kind })) });
    expect(event.actors.map((a) => a.kind)).toEqual(kinds);
  });

  it('keeps what a victim was targeted as, and reads a link stored before that existed exactly as it was', () => {
    const stored = { ...base, caseId: 'b'.repeat(32), personId: 'c'.repeat(32), role: 'victim' };
    expect(CasePerson.parse(stored)).toEqual(stored);
    expect(CasePerson.parse({ ...stored, victimCategories: ['journalist', 'trade-unionist'] }).victimCategories).toEqual(['journalist', 'trade-unionist']);
    expect(CasePerson.safeParse({ ...stored, victimCategories: ['blogger'] }).success).toBe(false);
  });
});
