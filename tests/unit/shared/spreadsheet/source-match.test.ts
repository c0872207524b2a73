import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initialsOf, matchSource, type KnownSource } from '../../../../shared/spreadsheet/source-match';

const recorded: KnownSource[] = [
  { id: 'hrw', name: 'Human Rights Watch', aliases: [] },
  { id: 'kibhr', name: 'Kazakhstan International Bureau for Human Rights', aliases: ['КМБПЧ'] },
  { id: 'azattyq', name: 'Azattyq', aliases: ['Radio Free Europe/Radio Liberty Kazakh Service'] },
  { id: 'vlast', name: 'Vlast.kz', aliases: [] },
];

describe('matchSource', () => {
  it.each([
    ['Human Rights Watch', 'hrw', 'name'],
    ['human  rights watch', 'hrw', 'name'],
    ['Азаттык', 'azattyq', 'name'],
    ['Азаттық', 'azattyq', 'name'],
    ['Radio Free Europe/Radio Liberty Kazakh Service', 'azattyq', 'alias'],
    ['КМБПЧ', 'kibhr', 'alias'],
    ['HRW', 'hrw', 'initials'],
    ['H.R.W.', 'hrw', 'initials'],
    ['KIBHR', 'kibhr', 'initials'],
  ])('finds %s as a recorded source', (written, id, via) => {
    expect(matchSource(written, recorded)).toMatchObject({ kind: 'existing', id, via });
  });

  it('finds a source recorded under its initials when the sheet spells the name out', () => {
    expect(matchSource('Human Rights Watch', [{ id: 'h', name: 'HRW', aliases: [] }])).toEqual({ kind: 'existing', id: 'h', name: 'HRW', via: 'initials' });
  });

  it('makes a new source rather than guess between two that share initials', () => {
    const two = [...recorded, { id: 'other', name: 'Human Rights Watchdog', aliases: [] }];
    expect(matchSource('HRW', two)).toEqual({ kind: 'new', name: 'HRW' });
    expect(matchSource('Human Rights Watch', two)).toMatchObject({ kind: 'existing', id: 'hrw' });
  });

  it('does not read an ordinary word or a longer title as initials', () => {
    expect(matchSource('Hrw', recorded)).toEqual({ kind: 'new', name: 'Hrw' });
    expect(matchSource('HRW report 2021', recorded)).toEqual({ kind: 'new', name: 'HRW report 2021' });
    expect(matchSource('KazTAG', recorded)).toEqual({ kind: 'new', name: 'KazTAG' });
  });

  it('skips little words in initials', () => {
    expect(initialsOf('Kazakhstan International Bureau for Human Rights')).toBe('kibhr');
    expect(initialsOf('Казахстанское международное бюро по правам человека')).toBe('kmbpch');
    expect(initialsOf('Azattyq')).toBe('');
  });

  it('finds every recorded source under its name whatever the case, spacing and script habit', () => {
    fc.assert(
      fc.property(fc.constantFrom(...recorded), fc.boolean(), fc.constantFrom(' ', '  ', '\u00a0'), (source, upper, gap) => {
        const written = source.name.replace(/ /g, gap);
        expect(matchSource(upper ? written.toUpperCase() : written.toLowerCase(), recorded)).toMatchObject({ kind: 'existing', id: source.id });
      }),
    );
  });
});
