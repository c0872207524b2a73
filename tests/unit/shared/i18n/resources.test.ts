import { describe, expect, it } from 'vitest';
import { resources } from '../../../../shared/i18n/resources';
import { errorCodes } from '../../../../shared/errors';

/** Keys of a resource tree, with plural suffixes folded so ru's _few/_many match en's _one/_other. */
function keysOf(tree: unknown, prefix = ''): string[] {
  if (typeof tree === 'string') return [prefix.replace(/_(zero|one|two|few|many|other)$/, '')];
  return Object.entries(tree as Record<string, unknown>).flatMap(([key, value]) => keysOf(value, prefix ? `${prefix}.${key}` : key));
}

describe('translations', () => {
  for (const namespace of Object.keys(resources.en) as (keyof typeof resources.en)[]) {
    it(`ru and kk have exactly the keys en has in "${namespace}"`, () => {
      const en = [...new Set(keysOf(resources.en[namespace]))].sort();
      expect([...new Set(keysOf(resources.ru[namespace]))].sort()).toEqual(en);
      expect([...new Set(keysOf(resources.kk[namespace]))].sort()).toEqual(en);
    });
  }

  it('has a sentence for every error code in every language', () => {
    for (const language of ['en', 'ru', 'kk'] as const) {
      const errors = resources[language].errors as Record<string, string>;
      for (const code of errorCodes) expect(errors[code], `${language}: ${code}`).toMatch(/\S/);
    }
  });

  it('gives Russian the few and many plural forms it needs', () => {
    const keys = keysOf(resources.ru.common, '');
    const raw = JSON.stringify(resources.ru.common);
    for (const key of new Set(keys)) {
      if (raw.includes(`"${key.split('.').pop()}_one"`)) {
        expect(raw).toContain(`"${key.split('.').pop()}_few"`);
        expect(raw).toContain(`"${key.split('.').pop()}_many"`);
      }
    }
  });

  it('keeps no empty strings', () => {
    const empties = (tree: unknown, path: string): string[] =>
      typeof tree === 'string' ? (tree.trim() ? [] : [path]) : Object.entries(tree as object).flatMap(([k, v]) => empties(v, `${path}.${k}`));
    expect(empties(resources, 'resources')).toEqual([]);
  });
});
