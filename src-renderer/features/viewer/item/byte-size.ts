// File sizes for people: "4.2 MB" in the reader's number format. Decimal units, as file managers on all three
// platforms show them; the exact byte count is shown next to it because evidence sizes must be checkable.

const UNITS = ['kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

export function formatByteSize(bytes: number, language: string): string | undefined {
  let value = bytes / 1000;
  let unit = -1;
  while (value >= 1 && unit < UNITS.length - 1) {
    unit++;
    if (value < 1000) break;
    value /= 1000;
  }
  if (unit < 0 || bytes < 1000) return undefined;
  return new Intl.NumberFormat(language, { style: 'unit', unit: UNITS[unit], unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}
