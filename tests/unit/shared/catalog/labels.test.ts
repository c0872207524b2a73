import { describe, expect, it } from 'vitest';
import { getEntry, labelOf } from '../../../../shared/catalog';

describe('labelOf', () => {
  it('gives the requested language when present', () => {
    expect(labelOf(getEntry('ICCPR-19')!, 'kk')).toEqual({ text: 'Пікір және сөз бостандығы', lang: 'kk', fellBack: false });
    expect(labelOf(getEntry('ICCPR-19')!, 'ru').fellBack).toBe(false);
  });

  it('falls back to English and says so when Kazakh is missing', () => {
    // Every shipped treaty heading has Kazakh now, so the missing case is an entry of the shape user vocabularies give.
    const label = labelOf({ label: { en: 'Atyrau pre-trial detention centre', ru: 'СИЗО Атырау' } }, 'kk');
    expect(label).toEqual({ text: 'Atyrau pre-trial detention centre', lang: 'en', fellBack: true });
  });

  it('never reports English itself as a fallback', () => {
    expect(labelOf({ label: { en: 'Only English' } }, 'en')).toEqual({ text: 'Only English', lang: 'en', fellBack: false });
  });
});
