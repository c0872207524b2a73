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
  point.map((from) => ({ precision: 'since' as const, from })),
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

describe('open-ended dates', () => {
  it.each([
    ['since 2017', 'en', { precision: 'year', year: 2017 }],
    ['from March 2020', 'en', { precision: 'month', year: 2020, month: 3 }],
    ['2017 – present', 'en', { precision: 'year', year: 2017 }],
    ['spring 2021 onwards', 'en', { precision: 'season', year: 2021, season: 'spring' }],
    ['с 2017 года', 'ru', { precision: 'year', year: 2017 }],
    ['с марта 2020', 'ru', { precision: 'month', year: 2020, month: 3 }],
    ['с начала апреля 2020 г.', 'ru', { precision: 'month', year: 2020, month: 4, part: 'early' }],
    ['начиная с весны 2021', 'ru', { precision: 'season', year: 2021, season: 'spring' }],
    ['2017 – по настоящее время', 'ru', { precision: 'year', year: 2017 }],
    ['2017 жылдан бері', 'kk', { precision: 'year', year: 2017 }],
    ['2017 жылдан бастап', 'kk', { precision: 'year', year: 2017 }],
    ['2020 жылғы наурыздан бері', 'kk', { precision: 'month', year: 2020, month: 3 }],
    ['2020 жылғы 26 наурыздан бері', 'kk', { precision: 'day', year: 2020, month: 3, day: 26 }],
    ['2021 жылғы көктемнен бері', 'kk', { precision: 'season', year: 2021, season: 'spring' }],
    ['2017 – қазірге дейін', 'kk', { precision: 'year', year: 2017 }],
  ] as const)('reads "%s" (%s) as running from its start to the present', (text, lang, from) => {
    expect(value(text, lang)).toEqual({ precision: 'since', from });
  });

  it('still reads a start with an end as a span', () => {
    expect(value('from 2017 to 2019').precision).toBe('range');
    expect(value('с 2017 по 2019', 'ru').precision).toBe('range');
  });

  it('reaches every later day, so a filter on any later period includes it, and begins where its start begins', () => {
    const since = value('since March 2020');
    expect([earliest(since), latest(since)]).toEqual(['2020-03-01', '9999-12-31']);
  });

  it('writes the start in the grammar each language needs', () => {
    const since = (from: PointDate): ApproximateDate => ({ precision: 'since', from });
    expect(formatApproximateDate(since({ precision: 'month', year: 2020, month: 3 }), 'ru')).toBe('с марта 2020');
    expect(formatApproximateDate(since({ precision: 'season', year: 2021, season: 'spring' }), 'ru')).toBe('с весны 2021');
    expect(formatApproximateDate(since({ precision: 'year', year: 2017 }), 'kk')).toBe('2017 жылдан бері');
    expect(formatApproximateDate(since({ precision: 'day', year: 2020, month: 5, day: 22 }), 'kk')).toBe('2020 жылғы 22 мамырдан бері');
    expect(formatApproximateDate(since({ precision: 'month', year: 2020, month: 4, part: 'late' }), 'kk')).toBe('2020 жылғы сәуір айының аяғынан бері');
  });

  it('means the same whichever language wrote it', () => {
    fc.assert(
      fc.property(point, fc.constantFrom('en', 'ru', 'kk'), fc.constantFrom('en', 'ru', 'kk'), (from, written, reader) => {
        const date: ApproximateDate = { precision: 'since', from };
        expect(parseApproximateDate(formatApproximateDate(date, written), reader)).toEqual({ ok: true, value: date });
      }),
      { numRuns: 500 },
    );
  });
});
