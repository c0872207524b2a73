import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { earliest, formatApproximateDate, latest, parseApproximateDate, type ApproximateDate, type PointDate } from '../../../../shared/model';
import { readCaseDate, readRowDate } from '../../../../shared/spreadsheet/case-date';

describe('readCaseDate', () => {
  it.each([
    ['17.04.2020', '2020-04-17'],
    ['1.4.2020', '2020-04-01'],
    ['13/05/2020', '2020-05-13'],
    ['2021-01-10', '2021-01-10'],
    ['2020-04-17 00:00', '2020-04-17'],
    ['2020-04-17 14:30', '2020-04-17T14:30'],
    ['29.02.2020', '2020-02-29'],
    ['05.2020', '2020-05'],
    ['2020-05', '2020-05'],
    ['2020', '2020'],
    [' 22.06.2020 ', '2020-06-22'],
  ])('reads %s as %s', (text, iso) => {
    expect(readCaseDate(text)).toEqual({ kind: 'date', iso });
  });

  it.each(['31.02.2021', '29.02.2021', '31.04.2020', '00.01.2020', '2020-13-01', '13.2020', '05/13/2020', '2020-01-01 25:00'])(
    'refuses %s, a day that does not exist',
    (text) => {
      expect(readCaseDate(text)).toEqual({ kind: 'invalid' });
    },
  );

  it.each(['spring 2020', 'late April', 'весна 2020', '13.05.20'])('keeps %s as unrecognised text', (text) => {
    expect(readCaseDate(text)).toEqual({ kind: 'unrecognised' });
  });
});

describe('readRowDate', () => {
  const words = fc.constantFrom('весна', 'spring', 'көктем', 'зимой', 'March', 'марта', 'наурыз', 'late', 'начале', 'басы', 'mid', '2017', '1999', '17', '4', '31', '17.04.2020', '2020-04', '05.2020', 'г.', 'жылы', 'in', 'to', '–');
  const typed = fc.array(words, { minLength: 1, maxLength: 4 }).chain((parts) => fc.constantFrom(' ', '  ', ' - ').map((gap) => parts.join(gap)));

  it('reads a date exactly as the case editor does, whatever words and language it is written in', () => {
    fc.assert(
      fc.property(typed, fc.constantFrom('en', 'ru', 'kk'), (text, lang) => {
        const editor = parseApproximateDate(text, lang);
        const preview = readRowDate(text, lang);
        if (editor.ok) expect(preview).toEqual({ kind: 'date', date: editor.value });
        else if (readCaseDate(text).kind === 'unrecognised') expect(preview.kind).toBe(editor.error.code === 'date.impossible' ? 'invalid' : 'unrecognised');
      }),
    );
  });

  it('reads back every date the case shows, in every language', () => {
    fc.assert(
      fc.property(approximateDate, fc.constantFrom('en', 'ru', 'kk'), (date, lang) => {
        expect(readRowDate(formatApproximateDate(date, lang), lang)).toEqual({ kind: 'date', date });
      }),
    );
  });

  it.each([
    ['весна 2017', { precision: 'season', year: 2017, season: 'spring' }],
    ['көктем 2021', { precision: 'season', year: 2021, season: 'spring' }],
    ['late April 2020', { precision: 'month', year: 2020, month: 4, part: 'late' }],
    ['05.2020', { precision: 'month', year: 2020, month: 5 }],
    ['2020-04-17 00:00', { precision: 'day', year: 2020, month: 4, day: 17 }],
  ])('reads %s', (text, date) => {
    expect(readRowDate(text, 'en')).toEqual({ kind: 'date', date });
  });

  it('keeps the time of a spreadsheet date apart, and refuses a day that does not exist in any form', () => {
    expect(readRowDate('2020-04-17 14:30', 'ru')).toEqual({ kind: 'date', date: { precision: 'day', year: 2020, month: 4, day: 17 }, time: '14:30' });
    expect(readRowDate('31.02.2021', 'ru')).toEqual({ kind: 'invalid' });
    expect(readRowDate('30 February 2021', 'en')).toEqual({ kind: 'invalid' });
    expect(readRowDate('before the elections', 'en')).toEqual({ kind: 'unrecognised' });
  });
});

const year = fc.integer({ min: 1900, max: 2100 });
const month = fc.integer({ min: 1, max: 12 });
const point: fc.Arbitrary<PointDate> = fc.oneof(
  fc.tuple(year, month, fc.integer({ min: 1, max: 31 })).map(([y, m, d]) => ({ precision: 'day' as const, year: y, month: m, day: Math.min(d, new Date(Date.UTC(y, m, 0)).getUTCDate()) })),
  fc.tuple(year, month, fc.constantFrom(undefined, 'early', 'mid', 'late')).map(([y, m, part]) => (part ? { precision: 'month' as const, year: y, month: m, part } : { precision: 'month' as const, year: y, month: m })),
  fc.tuple(year, fc.constantFrom('winter', 'spring', 'summer', 'autumn') as fc.Arbitrary<'winter' | 'spring' | 'summer' | 'autumn'>).map(([y, season]) => ({ precision: 'season' as const, year: y, season })),
  year.map((y) => ({ precision: 'year' as const, year: y })),
);
const approximateDate: fc.Arbitrary<ApproximateDate> = fc.oneof(
  point,
  fc.tuple(point, point).map(([a, b]) => (earliest(a) <= latest(b) ? { precision: 'range' as const, from: a, to: b } : { precision: 'range' as const, from: b, to: a })).filter((r) => earliest(r.from) <= latest(r.to)),
);
