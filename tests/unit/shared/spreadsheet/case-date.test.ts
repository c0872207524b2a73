import { describe, expect, it } from 'vitest';
import { readCaseDate } from '../../../../shared/spreadsheet/case-date';

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
