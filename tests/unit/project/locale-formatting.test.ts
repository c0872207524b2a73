import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );

// Chromium has no Kazakh date data, so a date or number handed to Intl directly reads "2026 M12 6" in Kazakh.
// shared/i18n/format.ts is the one place that knows; everything a person reads goes through it.
const FORMATTER = join('shared', 'i18n', 'format.ts');
const DIRECT_FORMATTING = /Intl\.DateTimeFormat|Intl\.NumberFormat|\.toLocaleDateString\(|\.toLocaleTimeString\(|\.toLocaleString\(|Intl\.RelativeTimeFormat/;

describe('locale formatting', () => {
  it('formats dates, numbers and sizes only through shared/i18n/format.ts', () => {
    const offenders = ['src-renderer', 'src-main', 'shared']
      .flatMap(filesUnder)
      .filter((file) => file !== FORMATTER && DIRECT_FORMATTING.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('computes file sizes in one unit system', () => {
    // A size divided by 1024 on one screen and by 1000 on another showed the same file as 37.6 kB and 38.5 kB.
    const offenders = ['src-renderer', 'shared'].flatMap(filesUnder).filter((file) => /\bsize\w*\s*\/\s*1024\b/.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
