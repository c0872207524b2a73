import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type TamgaApp } from '../../../../src-main/app/create-app';
import { checkSelection } from '../../../../src-main/bundle/bundle-handlers';
import { dispatch } from '../../../../shared/ipc/dispatch';
import { tempDir } from '../vault/temp-vault';
import { severalCases } from './case-fixture';
import { entriesOf, text } from './bundle-fixture';

const apps: TamgaApp[] = [];
afterEach(() => apps.splice(0).forEach((app) => app.dispose()));

const HEX_ID = /(?<![0-9a-f])[0-9a-f]{32}(?![0-9a-f])/g;

async function exportCase(disclosure: unknown, name: string) {
  const dataDir = tempDir();
  const out = join(tempDir(), name);
  const app = createApp({ dataDir, host: 'electron', version: 'test', emit: () => undefined, chooseBundlePath: async () => out });
  apps.push(app);
  expect((await dispatch(app.handlers, 'vault.create', { passphrase: 'selection passphrase' })).ok).toBe(true);
  writeFileSync(join(dataDir, 'protocol.txt'), 'протокол задержания');
  const itemId = (await app.vault.importFile(join(dataDir, 'protocol.txt'))).item.id;
  const result = await dispatch(app.handlers, 'bundle.export', { itemIds: [itemId], cases: [disclosure], fileName: name });
  return { app, itemId, result };
}

describe('a bundle holds only what its selection references', () => {
  // As each transport carries it: JSON over the browser host's socket, a structured clone (undefined kept) in Electron.
  it.each([
    ['publication', (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown],
    ['legal-team', (value: unknown) => structuredClone(value)],
  ] as const)('exporting one of seven cases (%s) puts no record id from outside it in the bundle', async (audience, carry) => {
    const vault = severalCases();
    const { app, itemId, result } = await exportCase(carry(vault.disclose(0, audience)), `case-0-${audience}.zip`);
    expect(result.ok, JSON.stringify(result)).toBe(true);
    const path = (result as { value: { path: string } }).value.path;
    const entries = entriesOf(path);
    const manifest = JSON.parse(text(entries['manifest.json']));
    const allowed = new Set([...vault.idsOf(0), itemId, manifest.bundleId, app.vault.deviceIdentity().fingerprint]);

    // Every 32-hex token anywhere in the bundle's records, not only the fields the code knows about today.
    const found = new Map<string, string>();
    for (const name of ['cases.json', 'manifest.json', 'custody.jsonl', 'index.html', 'VERIFY.txt']) {
      for (const id of text(entries[name]).match(HEX_ID) ?? []) if (!found.has(id)) found.set(id, name);
    }
    const outside = [...found].filter(([id]) => !allowed.has(id));
    expect(outside, 'ids from outside the exported case').toEqual([]);

    const cases = JSON.parse(text(entries['cases.json']));
    expect(cases).toHaveLength(1);
    // Case 0's own sources (cited, recorded, and the one it shares with case 3), naming case 0 alone.
    expect(cases[0].sources.map((s: { name: string }) => s.name).sort()).toEqual(['Monitoring note 0', 'Vlast.kz report', 'Witness 0']);
    expect(cases[0].sources.every((s: { caseIds: string[] }) => s.caseIds.length === 1 && s.caseIds[0] === vault.cases[0]!.id)).toBe(true);
    for (const person of vault.people) expect(text(entries['cases.json'])).not.toContain(person.id);
  });

  it('main refuses a disclosure that reaches outside its case, whatever the renderer sends', () => {
    const vault = severalCases();
    const leaky = structuredClone(vault.disclose(0, 'publication'));
    leaky.sources.push({ ...vault.sources.at(-1)! });
    expect(() => checkSelection([leaky], [])).toThrow(expect.objectContaining({ code: 'bundle.outsideSelection' }));

    const foreignCaseId = structuredClone(vault.disclose(0, 'legal-team'));
    foreignCaseId.sources[0]!.caseIds.push(vault.cases[5]!.id);
    expect(() => checkSelection([foreignCaseId], [])).toThrow(expect.objectContaining({ code: 'bundle.outsideSelection', details: { case: vault.cases[0]!.id, record: `case ${vault.cases[5]!.id}` } }));

    const otherEvent = structuredClone(vault.disclose(0, 'legal-team'));
    otherEvent.events.push({ ...otherEvent.events[0]!, id: vault.perCase[2]!.events[0]!.id, caseId: vault.cases[2]!.id });
    expect(() => checkSelection([otherEvent], [])).toThrow(expect.objectContaining({ code: 'bundle.outsideSelection' }));

    expect(() => checkSelection([vault.disclose(4, 'legal-team'), vault.disclose(3, 'publication')], [])).not.toThrow();
  });

  it('main refuses an exhibit whose file is not in the bundle, and an excerpt of another file or another case', () => {
    const vault = severalCases();
    const inBundle = 'f'.repeat(32);
    const at = '2026-01-01T00:00:00.000Z';
    const withFile = () => {
      const disclosure = structuredClone(vault.disclose(0, 'legal-team'));
      disclosure.exhibits = [{ id: 'e'.repeat(32), createdAt: at, updatedAt: at, itemId: inBundle, source: {}, snapshot: {} }];
      disclosure.excerpts = [{ id: 'd'.repeat(32), itemId: inBundle, caseId: vault.cases[0]!.id, tags: [], createdAt: at }];
      return disclosure;
    };
    expect(() => checkSelection([withFile()], [inBundle])).not.toThrow();
    expect(() => checkSelection([withFile()], [])).toThrow(expect.objectContaining({ details: { case: vault.cases[0]!.id, record: `file ${inBundle}` } }));
    const otherFile = withFile();
    otherFile.excerpts[0]!.itemId = 'a'.repeat(32);
    expect(() => checkSelection([otherFile], [inBundle])).toThrow(expect.objectContaining({ details: { case: vault.cases[0]!.id, record: `file ${'a'.repeat(32)}` } }));
    const otherCase = withFile();
    otherCase.excerpts[0]!.caseId = vault.cases[3]!.id;
    expect(() => checkSelection([otherCase], [inBundle])).toThrow(expect.objectContaining({ code: 'bundle.outsideSelection' }));
  });

  it('the export channel refuses case records that are not a disclosure, before anything is written', async () => {
    const { result } = await exportCase({ id: 'c1', sources: [] }, 'shape.zip');
    expect(result).toMatchObject({ ok: false, error: { code: 'ipc.invalidInput' } });
  });
});
