import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatByteSize, formatDateTime, formatNumber, formatPartialDate } from '../../../../shared/i18n/format';
import { languages } from '../../../../shared/i18n/resources';
import { MONTH_NAMES } from '../../../../shared/model/date-words';

// What Intl prints for a locale it has no data for: Chromium's root pattern, "2026 M12 6".
const ROOT_PATTERN = /\bM\d{1,2}\b/;

describe('Kazakh dates', () => {
  it('writes the day, the month by name and the year with ж.', () => {
    expect(formatDateTime('2026-12-06T10:00:00Z', 'kk', { date: 'medium', utc: true })).toBe('6 желтоқсан 2026 ж.');
    expect(formatDateTime('2026-12-06T10:00:00Z', 'kk', { date: 'long', utc: true })).toBe('6 желтоқсан 2026 ж.');
    expect(formatDateTime('2026-03-01T09:05:07Z', 'kk', { date: 'long', time: 'medium', utc: true })).toBe('1 наурыз 2026 ж., 09:05:07');
    expect(formatDateTime('2026-03-01T09:05:07Z', 'kk', { date: 'medium', time: 'short', utc: true })).toBe('1 наурыз 2026 ж., 09:05');
  });

  it('keeps a partial date at its precision', () => {
    expect(formatPartialDate('2003-12-02', 'kk')).toBe('2 желтоқсан 2003 ж.');
    expect(formatPartialDate('2020-09', 'kk')).toBe('2020 ж. қыркүйек');
    expect(formatPartialDate('2007', 'kk')).toBe('2007');
    expect(formatPartialDate('2020-09', 'en')).toBe('September 2020');
    expect(formatPartialDate('2006-01-24', 'en')).toBe('Jan 24, 2006');
  });

  it('never asks Intl for Kazakh, which Chromium cannot answer', () => {
    const RealDateTimeFormat = Intl.DateTimeFormat;
    const RealNumberFormat = Intl.NumberFormat;
    const refuseKazakh = (locale: unknown) => {
      if (String(locale).startsWith('kk')) throw new Error('no Kazakh locale data');
    };
    vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(function (locale: string, options?: Intl.DateTimeFormatOptions) {
      refuseKazakh(locale);
      return new RealDateTimeFormat(locale, options);
    } as unknown as typeof Intl.DateTimeFormat);
    vi.spyOn(Intl, 'NumberFormat').mockImplementation(function (locale: string, options?: Intl.NumberFormatOptions) {
      refuseKazakh(locale);
      return new RealNumberFormat(locale, options);
    } as unknown as typeof Intl.NumberFormat);
    expect(formatDateTime('2026-12-06T10:00:00Z', 'kk', { date: 'medium', time: 'short', utc: true })).toBe('6 желтоқсан 2026 ж., 10:00');
    expect(formatPartialDate('2003-12-02', 'kk')).toBe('2 желтоқсан 2003 ж.');
    expect(formatNumber(1234567.5, 'kk', { maximumFractionDigits: 1 })).toBe('1\u00a0234\u00a0567,5');
  });
  afterEach(() => vi.restoreAllMocks());
});

describe('dates in every language', () => {
  const instant = fc.date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2100-12-31T23:59:59Z'), noInvalidDate: true });
  const style = fc.record({ date: fc.constantFrom('medium', 'long', undefined), time: fc.constantFrom('short', 'medium', undefined), utc: fc.boolean() });

  it('never prints a root-locale month number such as "M12"', () => {
    fc.assert(
      fc.property(instant, style, fc.constantFrom(...languages), (date, format, language) => {
        const text = formatDateTime(date, language, { ...format, date: format.date ?? (format.time ? undefined : 'medium') });
        expect(text).not.toMatch(ROOT_PATTERN);
      }),
    );
  });

  it('names the month in Kazakh and shows the year in every Kazakh date', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom('medium', 'long' as const), (date, dateStyle) => {
        const text = formatDateTime(date, 'kk', { date: dateStyle, utc: true });
        expect(text).toBe(`${date.getUTCDate()} ${MONTH_NAMES.kk[date.getUTCMonth()]} ${date.getUTCFullYear()} ж.`);
      }),
    );
  });

  it('keeps every partial date readable in every language', () => {
    const partial = fc.tuple(fc.integer({ min: 1950, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 2 }));
    fc.assert(
      fc.property(partial, fc.constantFrom(...languages), ([year, month, day, parts], language) => {
        const value = [String(year), String(month).padStart(2, '0'), String(day).padStart(2, '0')].slice(0, parts + 1).join('-');
        const text = formatPartialDate(value, language);
        expect(text).not.toMatch(ROOT_PATTERN);
        expect(text).toContain(String(year));
      }),
    );
  });
});

describe('numbers', () => {
  it('groups and marks decimals as each language does', () => {
    expect(formatNumber(1234567.5, 'en', { maximumFractionDigits: 1 })).toBe('1,234,567.5');
    expect(formatNumber(1234567.5, 'ru', { maximumFractionDigits: 1 })).toBe('1\u00a0234\u00a0567,5');
    expect(formatNumber(1234567.5, 'kk', { maximumFractionDigits: 1 })).toBe('1\u00a0234\u00a0567,5');
  });
});

describe('file sizes', () => {
  it('reads the same in every screen: decimal units, one decimal', () => {
    expect(formatByteSize(38_500, 'en')).toBe('38.5\u00a0kB');
    expect(formatByteSize(38_500, 'ru')).toBe('38,5\u00a0КБ');
    expect(formatByteSize(38_500, 'kk')).toBe('38,5\u00a0КБ');
    expect(formatByteSize(512, 'en')).toBe('512\u00a0B');
    expect(formatByteSize(4_200_000, 'kk')).toBe('4,2\u00a0МБ');
    expect(formatByteSize(999_960, 'en')).toBe('1\u00a0MB');
  });

  it('never shows a thousand of one unit instead of one of the next', () => {
    fc.assert(
      // Up to the largest unit: past 999.9 TB there is nothing to move up to.
      fc.property(fc.integer({ min: 0, max: 999_949_999_999_999 }), (bytes) => {
        const text = formatByteSize(bytes, 'en');
        const number = Number(text.slice(0, text.lastIndexOf('\u00a0')).replace(/,/g, ''));
        expect(number).toBeLessThan(1000);
        // One decimal of a number ≥ 1 is within 5 % of the size.
        const shown = number * 1000 ** ['B', 'kB', 'MB', 'GB', 'TB'].indexOf(text.slice(text.lastIndexOf('\u00a0') + 1));
        expect(Math.abs(shown - bytes)).toBeLessThanOrEqual(bytes * 0.05 + 0.5);
      }),
    );
  });
});
