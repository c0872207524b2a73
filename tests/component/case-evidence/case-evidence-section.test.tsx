import '../viewer/pdfjs-in-node';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportedItem, ItemRecord } from '../../../shared/ipc/channels/vault';
import { newRecordId } from '../../../shared/model';
import { CaseEvidenceSection, EvidenceItemPage } from '../../../src-renderer/features/case-evidence';
import { useEvidence } from '../../../src-renderer/features/evidence/evidence-store';
import { setClient } from '../../../src-renderer/platform/tamga-client';
import { openRecords, type Records } from '../../../src-renderer/records';
import { EXIF_FACTS } from '../../fixtures/evidence/build/jpeg-exif';
import { fakeClient } from '../fake-client';
import { makeRecordKeys, uniqueDatabaseName } from '../records/record-test-kit';
import { renderWithI18n } from '../render-app';
import { fixture } from '../viewer/evidence-files';

const MEDIA: Record<string, string> = { pdf: 'application/pdf', jpg: 'image/jpeg', png: 'image/png', wav: 'audio/wav' };
const FIXTURE_OF: Record<string, string> = {
  'court-ruling-ru.pdf': 'court-ruling-ru.pdf',
  'копия решения.pdf': 'court-ruling-ru.pdf',
  'scan.pdf': 'image-only.pdf',
  'photo.jpg': 'photo-exif.jpg',
  'tone.wav': 'tone.wav',
};

/**
 * A vault in memory behind the fake client: files arrive by granted handle (as in Electron), identical bytes (same SHA-256)
 * are stored once and reported as duplicateOf, and the section reads each item's bytes back from here.
 */
function fakeVault() {
  const items: ItemRecord[] = [];
  const picked = new Map<string, File>();
  const bytesOf = new Map<string, Uint8Array>();
  const bySha = new Map<string, string>();
  const hex = (buffer: ArrayBuffer) => Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
  const fake = fakeClient({
    'evidence.list': () => ({ ok: true, value: [...items] }),
    'evidence.importGranted': async ({ handles }) => {
      const out: ImportedItem[] = [];
      for (const handle of handles) {
        const source = picked.get(handle)!;
        const bytes = new Uint8Array(await source.arrayBuffer());
        const sha256 = hex(await crypto.subtle.digest('SHA-256', bytes));
        const item: ItemRecord = { id: newRecordId(), blobId: newRecordId(), sha256, size: bytes.length, originalName: source.name, mediaType: source.type, importedAt: new Date().toISOString() };
        const duplicateOf = bySha.get(sha256);
        if (!duplicateOf) bySha.set(sha256, item.id);
        items.push(item);
        bytesOf.set(item.id, bytes);
        out.push(duplicateOf ? { item, duplicateOf } : { item });
      }
      return { ok: true, value: out };
    },
    'evidence.custody': () => ({ ok: true, value: [] }),
  });
  setClient(fake.client);
  let next = 0;
  window.tamgaFiles = {
    async handleOf(file) {
      const handle = (next++).toString(16).padStart(32, '0');
      picked.set(handle, file);
      return handle;
    },
  };
  return { items, bytes: (itemId: string) => bytesOf.get(itemId)!, fake };
}

const file = (name: string) => new File([new Uint8Array(fixture(FIXTURE_OF[name] ?? name))], name, { type: MEDIA[name.split('.').pop()!] });

const open: Records[] = [];
beforeEach(() => useEvidence.getState().clear());
afterEach(() => {
  open.splice(0).forEach((r) => r.dispose());
  delete window.tamgaFiles;
});

async function setup() {
  const records = await openRecords(await makeRecordKeys(), { name: uniqueDatabaseName('case-evidence') });
  open.push(records);
  const saved = await records.cases.save({ title: 'Арест журналиста' });
  if (!saved.ok) throw new Error('case not saved');
  const vault = fakeVault();
  const onOpenItem = vi.fn<(itemId: string) => void>();
  await renderWithI18n(<CaseEvidenceSection caseId={saved.value.id} records={records} bytes={vault.bytes} onOpenItem={onOpenItem} />);
  return { records, caseId: saved.value.id, vault, onOpenItem };
}

/** Draws a rectangle on the first page of the PDF on screen, as a mouse would. */
async function drawRectangle() {
  await screen.findByRole('button', { name: 'Zoom in' }, { timeout: 10_000 });
  fireEvent.click(screen.getByRole('button', { name: 'Draw a rectangle' }));
  const drawer = await screen.findByTestId('rectangle-drawer');
  act(() => {
    fireEvent.pointerDown(drawer, { clientX: 50, clientY: 50, pointerId: 1 });
    fireEvent.pointerMove(drawer, { clientX: 120, clientY: 90, pointerId: 1 });
    fireEvent.pointerUp(drawer, { clientX: 200, clientY: 150, pointerId: 1 });
  });
}

const drop = (files: File[]) => fireEvent.drop(screen.getByRole('group', { name: "Drop files here, paste a screenshot, or choose files. They are sealed in the vault and attached to this case." }), { dataTransfer: { files } });
const rowOf = (name: string) => screen.getByRole('button', { name }).closest('tr')!;

describe('CaseEvidenceSection', () => {
  it('attaches dropped files with their provenance, text and Exif, and the case is found by a word inside the PDF', async () => {
    const { records, caseId } = await setup();
    fireEvent.change(screen.getByLabelText('How obtained'), { target: { value: 'official-copy' } });
    fireEvent.change(screen.getByLabelText('Given by / found at (free text)'), { target: { value: 'Адвокат Иванова' } });
    fireEvent.change(screen.getByLabelText('When obtained (e.g. March 2024)'), { target: { value: 'March 2024' } });
    drop([file('court-ruling-ru.pdf'), file('scan.pdf'), file('photo.jpg')]);

    await screen.findByText('photo.jpg is sealed and attached to this case.', {}, { timeout: 10_000 });
    const attached = await records.caseItems.listByCase(caseId);
    expect(attached).toHaveLength(3);
    const ruling = attached.find((a) => a.snapshot.originalName === 'court-ruling-ru.pdf')!;
    expect(ruling.source).toEqual({ fromText: 'Адвокат Иванова', how: 'official-copy', obtainedOn: { precision: 'month', year: 2024, month: 3 } });
    expect(ruling.snapshot).toMatchObject({ mediaType: 'application/pdf', hasTextLayer: true, pdf: { pages: 3, producer: 'tamga fixtures', creationDate: '2024-03-05T10:00:00.000Z' } });
    const photo = attached.find((a) => a.snapshot.originalName === 'photo.jpg')!;
    expect(photo.snapshot.exif).toMatchObject({ capturedAt: '2024-03-05 14:30:15', make: EXIF_FACTS.make, model: EXIF_FACTS.model });
    expect(photo.snapshot.exif?.latitude).toBeCloseTo(EXIF_FACTS.latitude, 5);

    // "обжаловано" is only on page 3 of the ruling.
    expect(records.search('обжаловано').flatMap((h) => h.caseIds)).toEqual([caseId]);
    await waitFor(() => expect(within(rowOf('court-ruling-ru.pdf')).getByText(/Official copy · Адвокат Иванова · March 2024/)).toBeInTheDocument());
    expect(within(rowOf('court-ruling-ru.pdf')).getByText(/3 pages/)).toBeInTheDocument();
    expect(within(rowOf('scan.pdf')).getByText('scanned — no text')).toBeInTheDocument();
    expect(within(rowOf('court-ruling-ru.pdf')).queryByText('scanned — no text')).not.toBeInTheDocument();
    expect(screen.getByText('3 attached items')).toBeInTheDocument();
  });

  it('says a file already in the vault is linked, not stored twice, and still attaches it', async () => {
    const { records, caseId } = await setup();
    drop([file('court-ruling-ru.pdf')]);
    await screen.findByText('court-ruling-ru.pdf is sealed and attached to this case.', {}, { timeout: 10_000 });
    drop([file('копия решения.pdf')]);
    await screen.findByText('копия решения.pdf is already in the vault — linked, not stored twice, and attached to this case.', {}, { timeout: 10_000 });
    expect((await records.caseItems.listByCase(caseId)).map((a) => a.snapshot.originalName).sort()).toEqual(['court-ruling-ru.pdf', 'копия решения.pdf']);
  });

  it('attaches a pasted screenshot under a readable name', async () => {
    const { records, caseId } = await setup();
    const pasted = new File([new Uint8Array(fixture('photo-exif.jpg'))], 'image.png', { type: 'image/png' });
    const event = Object.assign(new Event('paste', { cancelable: true }), { clipboardData: { files: [pasted] } });
    act(() => void window.dispatchEvent(event));
    await waitFor(async () => expect(await records.caseItems.listByCase(caseId)).toHaveLength(1), { timeout: 10_000 });
    expect((await records.caseItems.listByCase(caseId))[0]!.snapshot.originalName).toMatch(/^pasted-.*-1\.png$/);
    expect(event.defaultPrevented).toBe(true);
  });

  it('refuses a date it cannot read, and seals nothing', async () => {
    const { vault } = await setup();
    fireEvent.change(screen.getByLabelText('When obtained (e.g. March 2024)'), { target: { value: '31.02.2024' } });
    drop([file('court-ruling-ru.pdf')]);
    expect(await screen.findByRole('alert')).toHaveTextContent('This date cannot be read.');
    expect(vault.fake.calls.filter((c) => c.channel === 'evidence.importGranted')).toEqual([]);
  });

  it('attaches an item already in the vault, opens it on its own page, and tags an excerpt right where it was drawn', async () => {
    const { records, caseId, vault, onOpenItem } = await setup();
    // Sealed earlier from the Evidence screen, not yet in this case.
    await useEvidence.getState().importFiles([file('scan.pdf')]);
    const select = await screen.findByLabelText('Or attach an item already in the vault');
    fireEvent.change(select, { target: { value: vault.items[0]!.id } });
    fireEvent.click(screen.getByRole('button', { name: 'Attach' }));
    await screen.findByText('scan.pdf is sealed and attached to this case.', {}, { timeout: 10_000 });
    fireEvent.click(screen.getByRole('button', { name: 'scan.pdf' }));
    expect(onOpenItem).toHaveBeenCalledWith(vault.items[0]!.id);

    // The host shows the item's page in place of the case; its Back names the case.
    cleanup();
    const onBack = vi.fn();
    await renderWithI18n(<EvidenceItemPage itemId={vault.items[0]!.id} caseId={caseId} records={records} bytes={vault.bytes} backLabel="Back to the case “Арест журналиста”" onBack={onBack} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'scan.pdf' })).toBeInTheDocument();
    await drawRectangle();
    await waitFor(async () => expect(await records.excerpts.listByCase(caseId)).toHaveLength(1));
    const [excerpt] = await records.excerpts.listByCase(caseId);
    expect(excerpt).toMatchObject({ caseId, itemId: vault.items[0]!.id, page: 1, tags: [] });

    // Tagging is offered at once, under the viewer, with the focus already in the excerpt's tag field.
    const fresh = await screen.findByTestId('case-excerpt');
    expect(within(fresh).getByText(/^New excerpt: tag it here\./)).toBeInTheDocument();
    const tags = within(fresh).getByRole('combobox', { name: 'Tags for this excerpt' });
    await waitFor(() => expect(tags).toHaveFocus());
    const user = userEvent.setup();
    await user.keyboard('ICCPR 19');
    await user.keyboard('{Enter}');
    await waitFor(async () => expect((await records.excerpts.listByCase(caseId))[0]!.tags).toEqual(['ICCPR-19']));
    fireEvent.click(screen.getByRole('button', { name: 'Back to the case “Арест журналиста”' }));
    expect(onBack).toHaveBeenCalledOnce();

    // Back in the case, the excerpt is listed with its tag and counted on its file.
    cleanup();
    await renderWithI18n(<CaseEvidenceSection caseId={caseId} records={records} bytes={vault.bytes} onOpenItem={() => undefined} />);
    const listed = await screen.findByTestId('case-excerpt');
    expect(within(listed).getByText('scan.pdf, page 1')).toBeInTheDocument();
    expect(within(listed).getByText('A marked region, without text')).toBeInTheDocument();
    expect(within(listed).getByRole('button', { name: 'Remove ICCPR art. 19' })).toBeInTheDocument();
    expect(within(rowOf('scan.pdf')).getByText('(1 excerpt)')).toBeInTheDocument();
  });

  it('lists an excerpt drawn outside any case in every case its item is attached to, and tagging it there does not move it', async () => {
    const { records, caseId, vault } = await setup();
    const other = await records.cases.save({ title: 'Задержание на площади' });
    if (!other.ok) throw new Error('case not saved');
    await useEvidence.getState().importFiles([file('scan.pdf')]);
    const item = vault.items[0]!;
    for (const target of [caseId, other.value.id]) {
      await records.caseItems.save({ caseId: target, itemId: item.id, snapshot: { originalName: item.originalName, mediaType: item.mediaType, size: item.size, sha256: item.sha256 } });
    }

    // Drawn from the Evidence screen: no case of its own.
    cleanup();
    await renderWithI18n(<EvidenceItemPage itemId={item.id} records={records} bytes={vault.bytes} onBack={() => undefined} />);
    await drawRectangle();
    await waitFor(async () => expect(await records.excerpts.listByItem(item.id)).toHaveLength(1));
    expect((await records.excerpts.listByItem(item.id))[0]!.caseId).toBeUndefined();

    for (const target of [caseId, other.value.id]) {
      cleanup();
      await renderWithI18n(<CaseEvidenceSection caseId={target} records={records} bytes={vault.bytes} onOpenItem={() => undefined} />);
      expect(within(await screen.findByTestId('case-excerpt')).getByText('scan.pdf, page 1')).toBeInTheDocument();
      expect(within(rowOf('scan.pdf')).getByText('(1 excerpt)')).toBeInTheDocument();
    }
    const user = userEvent.setup();
    await user.click(screen.getByRole('combobox', { name: 'Tags for this excerpt' }));
    await user.keyboard('ICCPR 21');
    await user.keyboard('{Enter}');
    await waitFor(async () => expect((await records.excerpts.listByItem(item.id))[0]!.tags).toEqual(['ICCPR-21']));
    expect((await records.excerpts.listByItem(item.id))[0]!.caseId).toBeUndefined();
  });
});
