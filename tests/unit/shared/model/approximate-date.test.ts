import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  earliest,
  formatApproximateDate,
  latest,
  parseApproximateDate,
  type ApproximateDate,
  type PointDate,
} from '../../../../shared/model';

const value = (text: string, lang: 'en' | 'ru' | 'kk' = 'en') => {
  const result = parseApproximateDate(text, lang);
  if (!result.ok) throw new Error(`${text}: ${result.error.code}`);
  return result.value;
};

describe('parseApproximateDate', () => {
  it.each([
    ['2020-03-26', 'en', { precision: 'day', year: 2020, month: 3, day: 26 }],
    ['26.03.2020', 'ru', { precision: 'day', year: 2020, month: 3, day: 26 }],
    ['March 2020', 'en', { precision: 'month', year: 2020, month: 3 }],
    ['март 2020', 'ru', { precision: 'month', year: 2020, month: 3 }],
    ['в марте 2020 г.', 'ru', { precision: 'month', year: 2020, month: 3 }],
    ['наурыз 2020', 'kk', { precision: 'month', year: 2020, month: 3 }],
    ['spring 2021', 'en', { precision: 'season', year: 2021, season: 'spring' }],
    ['весна 2021', 'ru', { precision: 'season', year: 2021, season: 'spring' }],
    ['көктем 2021', 'kk', { precision: 'season', year: 2021, season: 'spring' }],
    ['2020', 'en', { precision: 'year', year: 2020 }],
    ['2020 жылы', 'kk', { precision: 'year', year: 2020 }],
    ['late April 2020', 'en', { precision: 'month', year: 2020, month: 4, part: 'late' }],
    ['конец апреля 2020', 'ru', { precision: 'month', year: 2020, month: 4, part: 'late' }],
    ['19 May 2020', 'en', { precision: 'day', year: 2020, month: 5, day: 19 }],
    ['May 19, 2020', 'en', { precision: 'day', year: 2020, month: 5, day: 19 }],
    ['26 марта 2020 года', 'ru', { precision: 'day', year: 2020, month: 3, day: 26 }],
  ] as const)('reads "%s" (%s)', (text, lang, expected) => {
    expect(value(text, lang)).toEqual(expected);
  });

  it('reads a span between two partial dates', () => {
    expect(value('March 2020 – June 2020')).toEqual({
      precision: 'range',
      from: { precision: 'month', year: 2020, month: 3 },
      to: { precision: 'month', year: 2020, month: 6 },
    });
    expect(value('2020-03-26/2020-04-02').precision).toBe('range');
  });

  it.each(['31.02.2021', '2021-02-29', '2020-13-01', '31 April 2020', '00.01.2020'])('rejects the impossible date "%s"', (text) => {
    expect(parseApproximateDate(text, 'en')).toEqual({ ok: false, error: { code: 'date.impossible', details: { text } } });
  });

  it('accepts 29 February in a leap year', () => {
    expect(value('29.02.2020').precision).toBe('day');
  });

  it.each(['', 'yesterday', 'March', '12 spring 2020', 'June 2020 – March 2020 – May 2020'])('does not guess at "%s"', (text) => {
    expect(parseApproximateDate(text, 'en').ok).toBe(false);
  });

  it('refuses a span that ends before it starts', () => {
    expect(parseApproximateDate('June 2020 – March 2020', 'en')).toMatchObject({ ok: false, error: { code: 'date.impossible' } });
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.constantFrom('en', 'ru', 'kk'), (text, lang) => {
        const result = parseApproximateDate(text, lang);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });
});

const year = fc.integer({ min: 1900, max: 2100 });
const month = fc.integer({ min: 1, max: 12 });
const point: fc.Arbitrary<PointDate> = fc.oneof(
  fc.tuple(year, month, fc.integer({ min: 1, max: 31 })).map(([y, m, d]) => ({ precision: 'day' as const, year: y, month: m, day: Math.min(d, new Date(Date.UTC(y, m, 0)).getUTCDate()) })),
  fc.tuple(year, month, fc.constantFrom(undefined, 'early', 'mid', 'late') ).map(([y, m, part]) => (part ? { precision: 'month' as const, year: y, month: m, part } : { precision: 'month' as const, year: y, month: m })),
  fc.tuple(year, fc.constantFrom('winter', 'spring', 'summer', 'autumn') as fc.Arbitrary<'winter' | 'spring' | 'summer' | 'autumn'>).map(([y, season]) => ({ precision: 'season' as const, year: y, season })),
  year.map((y) => ({ precision: 'year' as const, year: y })),
);
const approximate: fc.Arbitrary<ApproximateDate> = fc.oneof(
  point,
  fc.tuple(point, point).map(([a, b]) => (earliest(a) <= latest(b) ? { precision: 'range' as const, from: a, to: b } : { precision: 'range' as const, from: b, to: a })).filter((r) => earliest(r.from) <= latest(r.to)),
);

describe('formatApproximateDate', () => {
  it('reads back what it wrote, in every language', () => {
    fc.assert(
      fc.property(approximate, fc.constantFrom('en', 'ru', 'kk'), (date, lang) => {
        expect(parseApproximateDate(formatApproximateDate(date, lang), lang)).toEqual({ ok: true, value: date });
      }),
      { numRuns: 1000 },
    );
  });

  it('gives each precision the span it can mean', () => {
    expect([earliest(value('late April 2020')), latest(value('late April 2020'))]).toEqual(['2020-04-21', '2020-04-30']);
    expect([earliest(value('winter 2020')), latest(value('winter 2020'))]).toEqual(['2020-12-01', '2021-02-28']);
    expect(latest(value('February 2024'))).toBe('2024-02-29');
  });
});
