import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Duration, formatDuration, parseDuration, type DateLanguage } from '../../../../shared/model';

const read = (text: string, lang: DateLanguage = 'en') => {
  const result = parseDuration(text, lang);
  if (!result.ok) throw new Error(`${text}: ${result.error.code}`);
  return result.value;
};

describe('parseDuration', () => {
  it.each([
    ['5 hours', 'en', { amount: 5, unit: 'hour', qualifier: 'exact' }],
    ['a 5-hour', 'en', { amount: 5, unit: 'hour', qualifier: 'exact' }],
    ['up to 6 hours', 'en', { amount: 6, unit: 'hour', qualifier: 'at-most' }],
    ['about 10 hours', 'en', { amount: 10, unit: 'hour', qualifier: 'about' }],
    ['3 to 10 hours', 'en', { amount: 3, unit: 'hour', qualifier: 'exact', upTo: 10 }],
    ['15 days', 'en', { amount: 15, unit: 'day', qualifier: 'exact' }],
    ['5 часов', 'ru', { amount: 5, unit: 'hour', qualifier: 'exact' }],
    ['до 8 часов', 'ru', { amount: 8, unit: 'hour', qualifier: 'at-most' }],
    ['около 10 часов', 'ru', { amount: 10, unit: 'hour', qualifier: 'about' }],
    ['6–8 часов', 'ru', { amount: 6, unit: 'hour', qualifier: 'exact', upTo: 8 }],
    ['от 3 до 10 часов', 'ru', { amount: 3, unit: 'hour', qualifier: 'exact', upTo: 10 }],
    ['15 суток', 'ru', { amount: 15, unit: 'day', qualifier: 'exact' }],
    ['10 дней', 'ru', { amount: 10, unit: 'day', qualifier: 'exact' }],
    ['5 сағат', 'kk', { amount: 5, unit: 'hour', qualifier: 'exact' }],
    ['6 сағатқа дейін', 'kk', { amount: 6, unit: 'hour', qualifier: 'at-most' }],
    ['шамамен 10 сағат', 'kk', { amount: 10, unit: 'hour', qualifier: 'about' }],
    ['кемінде 3 тәулік', 'kk', { amount: 3, unit: 'day', qualifier: 'at-least' }],
    ['15 тәулік', 'kk', { amount: 15, unit: 'day', qualifier: 'exact' }],
  ] as const)('reads "%s" (%s)', (text, lang, expected) => {
    expect(read(text, lang)).toEqual(expected);
  });

  it.each(['', 'long', '5', '5 minutes', 'up to about 6 hours', '8–6 hours', 'about 6–8 hours', '0 hours', 'шамамен 6 сағатқа дейін'])('does not guess at "%s"', (text) => {
    expect(parseDuration(text, 'en')).toEqual({ ok: false, error: { code: 'duration.unrecognised', details: { text } } });
  });

  it('never throws, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.constantFrom('en', 'ru', 'kk'), (text, lang) => {
        const result = parseDuration(text, lang);
        if (result.ok) expect(Duration.safeParse(result.value).success).toBe(true);
      }),
    );
  });
});

const amount = fc.integer({ min: 1, max: 500 });
const duration: fc.Arbitrary<Duration> = fc.oneof(
  fc.record({ amount, unit: fc.constantFrom('hour', 'day'), qualifier: fc.constantFrom('exact', 'at-least', 'about', 'at-most') }),
  fc.tuple(amount, fc.integer({ min: 1, max: 500 }), fc.constantFrom('hour', 'day')).map(([a, extra, unit]) => ({ amount: a, unit, qualifier: 'exact' as const, upTo: a + extra })),
);

describe('formatDuration', () => {
  it('means the same in all three languages: whichever wrote it, any reader gets the same value back', () => {
    fc.assert(
      fc.property(duration, fc.constantFrom('en', 'ru', 'kk'), fc.constantFrom('en', 'ru', 'kk'), (d, written, reader) => {
        expect(parseDuration(formatDuration(d, written), reader)).toEqual({ ok: true, value: d });
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    [{ amount: 6, unit: 'hour', qualifier: 'at-most' }, ['up to 6 hours', 'до 6 часов', '6 сағатқа дейін']],
    [{ amount: 1, unit: 'hour', qualifier: 'exact' }, ['1 hour', '1 час', '1 сағат']],
    [{ amount: 21, unit: 'hour', qualifier: 'about' }, ['about 21 hours', 'около 21 часа', 'шамамен 21 сағат']],
    [{ amount: 3, unit: 'hour', qualifier: 'exact' }, ['3 hours', '3 часа', '3 сағат']],
    [{ amount: 6, unit: 'hour', qualifier: 'exact', upTo: 8 }, ['6–8 hours', '6–8 часов', '6–8 сағат']],
    [{ amount: 1, unit: 'day', qualifier: 'exact' }, ['1 day', '1 сутки', '1 тәулік']],
    [{ amount: 15, unit: 'day', qualifier: 'at-least' }, ['at least 15 days', 'не менее 15 суток', 'кемінде 15 тәулік']],
  ] as const)('writes %j as each language says it', (d, [en, ru, kk]) => {
    expect([formatDuration(d, 'en'), formatDuration(d, 'ru'), formatDuration(d, 'kk')]).toEqual([en, ru, kk]);
  });
});
