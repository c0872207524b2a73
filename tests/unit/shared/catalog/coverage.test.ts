import { describe, expect, it } from 'vitest';
import { articlesOf, getEntry, ratificationsOf, searchCatalog } from '../../../../shared/catalog';

// The treaty inventory in the annex of the Acquis report (2021), section by section, with the status it gives.
const ANNEX: [id: string, status: 'party' | 'signatory' | 'not-party' | 'listed'][] = [
  ['UDHR', 'listed'],
  // Core UN treaties and protocols
  ['ICCPR', 'party'], ['ICCPR-OP1', 'party'], ['ICCPR-OP2', 'signatory'], ['ICESCR', 'party'], ['OP-ICESCR', 'signatory'],
  ['ICERD', 'party'], ['CEDAW', 'party'], ['CEDAW-OP', 'party'], ['CAT', 'party'], ['OP-CAT', 'party'], ['CRC', 'party'],
  ['CRC-OPAC', 'party'], ['CRC-OPSC', 'party'], ['CRC-OPIC', 'not-party'], ['ICMW', 'not-party'], ['CPED', 'party'],
  ['CRPD', 'party'], ['CRPD-OP', 'signatory'],
  // ILO: fundamental, governance and technical conventions
  ['ILO-C029', 'party'], ['ILO-C087', 'party'], ['ILO-C098', 'party'], ['ILO-C100', 'party'], ['ILO-C105', 'party'],
  ['ILO-C111', 'party'], ['ILO-C138', 'party'], ['ILO-C182', 'party'], ['ILO-C081', 'party'], ['ILO-C122', 'party'],
  ['ILO-C129', 'party'], ['ILO-C144', 'party'], ['ILO-C026', 'party'], ['ILO-C088', 'party'], ['ILO-C095', 'party'],
  ['ILO-C135', 'party'], ['ILO-C148', 'party'], ['ILO-C155', 'party'], ['ILO-C156', 'party'], ['ILO-C162', 'party'],
  ['ILO-C167', 'party'], ['ILO-C183', 'party'], ['ILO-C185', 'party'], ['ILO-C187', 'party'],
  // Council of Europe
  ['COE-CULTURAL', 'party'], ['COE-TAX-ASSISTANCE', 'party'], ['COE-LAUNDERING-1990', 'party'], ['COE-LISBON-RECOGNITION', 'party'],
  ['COE-PHARMACOPOEIA', 'listed'],
  // OSCE
  ['OSCE-HELSINKI', 'listed'], ['OSCE-CHARTER-PARIS', 'listed'],
  // Additional thematic treaties
  ['ICC-ROME', 'not-party'], ['UNFCCC-PARIS', 'party'], ['UNTOC', 'party'], ['UN-REFUGEES-1951', 'party'], ['UN-REFUGEES-1967', 'party'],
  ['UN-GENOCIDE', 'party'], ['IHL-GC1', 'party'], ['IHL-GC2', 'party'], ['IHL-GC3', 'party'], ['IHL-GC4', 'party'],
  ['IHL-AP1', 'party'], ['IHL-AP2', 'party'], ['UN-HOSTAGES', 'party'], ['UN-TERRORIST-BOMBINGS', 'party'],
  ['UN-TERRORISM-FINANCING', 'party'], ['ICAO-HAGUE-1970', 'party'], ['UN-PROTECTED-PERSONS', 'party'], ['UN-PRIVILEGES-1946', 'party'],
  ['NPT', 'party'], ['UN-DRUGS-1961', 'party'], ['UN-DRUGS-1971', 'party'], ['UN-DRUGS-1988', 'party'],
];

// Instruments the four reports cite outside the annex.
const ALSO_CITED = [
  'UN-STATELESS-1954', 'UN-STATELESSNESS-1961', 'ICC-APIC', 'UNTOC-TIP', 'UNESCO-CADE', 'UNFCCC', 'EU-KZ-EPCA',
  'COE-ISTANBUL', 'STD-VENICE-PRINCIPLES', 'OSCE-COPENHAGEN', 'OSCE-ASTANA-DECLARATION', 'STD-ISTANBUL-PROTOCOL',
  'STD-PARIS-PRINCIPLES', 'UNSC-1325', 'UNSC-1820', 'UNSC-1888', 'UNSC-1889', 'UNSC-1960', 'UNSC-2106', 'UNSC-2122',
  'UNSC-2242', 'UNSC-2467', 'STD-CEDAW-GR28', 'STD-GA-RES-60-251', 'STD-ASSEMBLY-GUIDELINES', 'STD-ODIHR-ASSEMBLY-MONITORING',
  'STD-ODIHR-POLICING-ASSEMBLIES', 'SDG',
];

describe('instrument coverage', () => {
  it.each(ANNEX)('annex instrument %s resolves, with the status the annex gives (%s)', (id, status) => {
    const entry = getEntry(id);
    expect(entry?.kind).toBe('instrument');
    expect(entry?.label.ru).toBeTruthy();
    expect(entry?.label.kk).toBeTruthy();
    if (status === 'listed') return;
    const claims = ratificationsOf('KZ', id).filter((r) => r.sources.includes('003'));
    expect(claims.map((r) => r.status)).toContain(status);
  });

  it.each(ALSO_CITED)('cited instrument %s resolves and is titled in all three languages', (id) => {
    const entry = getEntry(id);
    expect(entry?.kind).toBe('instrument');
    expect(entry?.label.ru).toBeTruthy();
    expect(entry?.label.kk).toBeTruthy();
  });

  it('lists all 30 articles of the Universal Declaration', () => {
    expect(articlesOf('UDHR').map((a) => a.number)).toEqual(Array.from({ length: 30 }, (_, i) => String(i + 1)));
  });

  it('lists all ten principles of the Helsinki Final Act, in order', () => {
    expect(articlesOf('OSCE-HELSINKI').map((a) => a.number)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X']);
  });

  it('keeps the articles monitors cite from the Istanbul and Refugee Conventions and common article 3', () => {
    for (const id of ['COE-ISTANBUL-4', 'COE-ISTANBUL-39', 'COE-ISTANBUL-52', 'UN-REFUGEES-1951-33', 'IHL-GC4-3']) {
      expect(getEntry(id)?.kind, id).toBe('article');
    }
  });

  it('finds the new instruments by their everyday names in three languages', () => {
    expect(searchCatalog('Refugee Convention', 'en')[0]?.id).toBe('UN-REFUGEES-1951');
    expect(searchCatalog('Римский статут', 'ru')[0]?.id).toBe('ICC-ROME');
    expect(searchCatalog('Париж қағидаттары', 'kk')[0]?.id).toBe('STD-PARIS-PRINCIPLES');
    expect(searchCatalog('UDHR 19', 'en')[0]?.id).toBe('UDHR-19');
    expect(searchCatalog('C183', 'en')[0]?.id).toBe('ILO-C183');
  });
});
