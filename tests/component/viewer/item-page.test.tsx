import './pdfjs-in-node';
import { describe, expect, it } from 'vitest';
import { screen, fireEvent, waitFor } from '@testing-library/react';
import { ItemPage } from '../../../src-renderer/features/viewer';
import { setClient } from '../../../src-renderer/platform/tamga-client';
import type { CustodyEvent, VerifyReport } from '../../../shared/ipc/channels/vault';
import { fakeClient } from '../fake-client';
import { renderViewer, sampleItem } from './render-viewer';

const item = sampleItem({ mediaType: 'application/zip', originalName: 'архив.zip' });
const events: CustodyEvent[] = [
  { index: 3, event: 'item.imported', at: '2024-03-05T10:15:30.000Z', actor: 'monitor', device: 'ab'.repeat(16), itemId: item.id },
  { index: 7, event: 'item.viewed', at: '2024-03-06T08:00:00.000Z', actor: 'monitor', device: 'ab'.repeat(16), itemId: item.id },
  { index: 9, event: 'item.verified', at: '2024-03-07T08:00:00.000Z', actor: 'monitor', device: 'ab'.repeat(16), itemId: item.id },
];
const report = (damaged: VerifyReport['damaged']): VerifyReport => ({
  ok: damaged.length === 0,
  itemsChecked: 2,
  damaged,
  custody: { ok: true, entries: 10, tornTail: false },
  records: { ok: true, entries: 0 },
});

function backend(damaged: VerifyReport['damaged'] = []) {
  const fake = fakeClient({
    'evidence.custody': () => ({ ok: true, value: events }),
    'evidence.verify': () => ({ ok: true, value: report(damaged) }),
  });
  setClient(fake.client);
  return fake;
}

describe('ItemPage', () => {
  it('shows the name, type, exact size, full SHA-256 and import time', async () => {
    backend();
    await renderViewer(<ItemPage item={item} onBack={() => undefined} />);
    expect(screen.getByRole('heading', { level: 1, name: 'архив.zip' })).toBeInTheDocument();
    expect(screen.getByText('application/zip')).toBeInTheDocument();
    expect(screen.getByText(/9,064 bytes/)).toBeInTheDocument();
    expect(screen.getByTestId('item-sha256')).toHaveTextContent('3f'.repeat(32));
    expect(screen.getByText(/March 5, 2024/)).toBeInTheDocument();
    expect(screen.getByText(/no preview/i)).toBeInTheDocument();
  });

  it('asks main for this item\'s custody and translates each event', async () => {
    const fake = backend();
    await renderViewer(<ItemPage item={item} onBack={() => undefined} />, 'ru');
    const rows = await screen.findAllByTestId('custody-event');
    expect(rows.map((r) => r.querySelector('strong')?.textContent)).toEqual(['Импортирован и опечатан', 'Просмотрен', 'Проверен']);
    expect(fake.calls).toContainEqual({ channel: 'evidence.custody', input: { itemId: item.id } });
  });

  it('names the vault\'s holder, recorded as "owner", in the language read, and a named actor as recorded', async () => {
    const fake = fakeClient({ 'evidence.custody': () => ({ ok: true, value: [{ ...events[0]!, actor: 'owner' }, events[1]!] }) });
    setClient(fake.client);
    await renderViewer(<ItemPage item={item} onBack={() => undefined} />, 'kk');
    const rows = await screen.findAllByTestId('custody-event');
    expect(rows[0]).toHaveTextContent('қойма иесі · құрылғы');
    expect(rows[0]).not.toHaveTextContent('owner');
    expect(rows[1]).toHaveTextContent('monitor · құрылғы');
  });

  it('says the file is intact when verify finds other items damaged but not this one', async () => {
    backend([{ itemId: 'c'.repeat(32), originalName: 'other.pdf', code: 'blob.corrupt' }]);
    await renderViewer(<ItemPage item={item} onBack={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Verify this file' }));
    expect(await screen.findByText('This file matches its recorded SHA-256.')).toBeInTheDocument();
  });

  it('re-reads the custody history after a check, since the check is itself recorded', async () => {
    const history = [...events.slice(0, 2)];
    const fake = fakeClient({
      'evidence.custody': () => ({ ok: true, value: [...history] }),
      'evidence.verify': () => {
        history.push(events[2]!);
        return { ok: true, value: report([]) };
      },
    });
    setClient(fake.client);
    await renderViewer(<ItemPage item={item} onBack={() => undefined} />);
    expect(await screen.findAllByTestId('custody-event')).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Verify this file' }));
    await waitFor(() => expect(screen.getAllByTestId('custody-event')).toHaveLength(3));
    expect(fake.calls.filter((c) => c.channel === 'evidence.custody')).toHaveLength(2);
  });

  it('says why the file failed when verify lists it among the damaged', async () => {
    backend([{ itemId: item.id, originalName: item.originalName, code: 'item.hashMismatch' }]);
    await renderViewer(<ItemPage item={item} onBack={() => undefined} />, 'kk');
    fireEvent.click(screen.getByRole('button', { name: 'Осы файлды тексеру' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('байттары жазылған SHA-256 мәніне енді сәйкес келмейді');
  });

  it('goes back', async () => {
    backend();
    let back = 0;
    await renderViewer(<ItemPage item={item} onBack={() => back++} />);
    fireEvent.click(screen.getByRole('button', { name: 'Back to evidence' }));
    expect(back).toBe(1);
  });

  it('plays audio from the item URL and shows its duration', async () => {
    backend();
    const audio = sampleItem({ mediaType: 'audio/wav', originalName: 'tone.wav' });
    await renderViewer(<ItemPage item={audio} onBack={() => undefined} />);
    const player = screen.getByTestId('media-player') as HTMLAudioElement;
    expect(player.tagName).toBe('AUDIO');
    expect(player.getAttribute('src')).toBe(`/evidence/items/${audio.id}`);
    Object.defineProperty(player, 'duration', { value: 1 });
    fireEvent(player, new Event('loadedmetadata'));
    await waitFor(() => expect(screen.getByTestId('media-duration')).toHaveTextContent('0:01.0'));
  });
});
