import { describe, expect, it } from 'vitest';
import en from '../../../../shared/i18n/en/spreadsheet.json';
import ru from '../../../../shared/i18n/ru/spreadsheet.json';
import kk from '../../../../shared/i18n/kk/spreadsheet.json';
import { targetFields } from '../../../../shared/spreadsheet/column-mapping';
import { rowIssueCodes } from '../../../../shared/spreadsheet/validate-rows';

// Until the namespace is registered in shared/i18n/resources.ts the shared translation tests cannot see it,
// so this file checks the same promises for `spreadsheet` directly.
const keysOf = (tree: unknown, prefix = ''): string[] =>
  typeof tree === 'string'
    ? [prefix.replace(/_(zero|one|two|few|many|other)$/, '')]
    : Object.entries(tree as Record<string, unknown>).flatMap(([key, value]) => keysOf(value, prefix ? `${prefix}.${key}` : key));
const keySet = (tree: unknown) => [...new Set(keysOf(tree))].sort();

const fileIssueCodes = ['file.unreadable', 'file.unsupportedType', 'file.empty', 'file.titleColumnMissing', 'file.unclosedQuote', 'file.readAsWindows1251', 'file.bytesReplaced'];

describe('spreadsheet translations', () => {
  it('ru and kk have exactly the keys en has', () => {
    expect(keySet(ru)).toEqual(keySet(en));
    expect(keySet(kk)).toEqual(keySet(en));
  });

  it('has a message for every row issue, file issue and field, in every language', () => {
    const needed = [...Object.values(rowIssueCodes), ...fileIssueCodes, ...targetFields.map((field) => `field.${field}`)];
    for (const tree of [en, ru, kk]) expect(keySet(tree)).toEqual(expect.arrayContaining(needed));
  });

  it('gives Russian the few and many forms wherever English has plural forms it keeps', () => {
    const raw = JSON.stringify(ru);
    for (const match of raw.matchAll(/"(\w+)_one"/g)) {
      expect(raw).toContain(`"${match[1]}_few"`);
      expect(raw).toContain(`"${match[1]}_many"`);
    }
  });

  it('keeps the same placeholders in every language', () => {
    const placeholders = (tree: unknown, prefix = ''): Record<string, string> =>
      typeof tree === 'string'
        ? { [prefix.replace(/_(one|few|many|other)$/, '')]: [...tree.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort().join(',') }
        : Object.assign({}, ...Object.entries(tree as object).map(([k, v]) => placeholders(v, prefix ? `${prefix}.${k}` : k)));
    const enPlaceholders = placeholders(en);
    for (const [key, names] of Object.entries(placeholders(ru))) expect(names, `ru ${key}`).toBe(enPlaceholders[key]);
    for (const [key, names] of Object.entries(placeholders(kk))) expect(names, `kk ${key}`).toBe(enPlaceholders[key]);
  });
});
