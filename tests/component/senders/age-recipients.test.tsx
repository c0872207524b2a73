// Settings shows this device's age recipient beside its fingerprint, and takes a colleague's with their fingerprint;
// the export form offers exactly the people a bundle can be encrypted to.
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { KnownSenders } from '../../../shared/ipc/channels/bundle';
import { BundleEncryptionChoice } from '../../../src-renderer/features/export/BundleEncryptionChoice';
import { KnownSendersSection } from '../../../src-renderer/features/senders/KnownSendersSection';
import { setClient } from '../../../src-renderer/platform/tamga-client';
import { fakeClient } from '../fake-client';
import { renderWithI18n } from '../render-app';

const OWN = 'age1dwdqmdk9lcgmm8n0vxgrgdyljpdpgs35q0a5nwr4lqfes79nrg3syu3q8p';
const THEIRS = 'age1lggyhqrw2nlhcxprm67z43rta597azn8gknawjehu9d9dl0jq3yqqvfafg';

function known(): KnownSenders {
  return {
    self: 'e779c78228ac63e3b4ab87cf8ecd7738',
    selfAgeRecipient: OWN,
    senders: [
      { name: 'Айгүл Қасымова', fingerprint: 'c0ffee00'.repeat(4), addedAt: '2026-12-01T10:00:00.000Z', ageRecipient: THEIRS },
      { name: 'Kanat', fingerprint: 'ab'.repeat(16), addedAt: '2026-12-01T10:00:00.000Z' },
    ],
  };
}

afterEach(cleanup);

describe('age recipients in Settings', () => {
  it('shows this device’s age recipient next to its fingerprint, and each sender’s or that they have none', async () => {
    setClient(fakeClient({ 'bundle.senders': () => ({ ok: true, value: known() }) }).client);
    await renderWithI18n(<KnownSendersSection />);
    expect(await screen.findByTestId('own-age-recipient')).toHaveTextContent(OWN);
    expect(screen.getByLabelText("This device's age recipient")).toHaveTextContent(OWN);
    expect(screen.getByTestId('own-fingerprint')).toHaveTextContent('e779 c782 28ac 63e3 b4ab 87cf 8ecd 7738');
    expect(screen.getByText(THEIRS)).toBeInTheDocument();
    expect(screen.getByText('no age recipient: bundles cannot be encrypted to them')).toBeInTheDocument();
  });

  it('reads the same in Kazakh', async () => {
    setClient(fakeClient({ 'bundle.senders': () => ({ ok: true, value: known() }) }).client);
    await renderWithI18n(<KnownSendersSection />, 'kk');
    expect(await screen.findByLabelText('Осы құрылғының age алушысы')).toHaveTextContent(OWN);
  });

  it('adds a sender with the age recipient they gave, as pasted, and refuses one that is not a recipient before asking main', async () => {
    const { client, calls } = fakeClient({
      'bundle.senders': () => ({ ok: true, value: known() }),
      'bundle.addSender': (input) => ({ ok: true, value: { ...known(), senders: [...known().senders, { name: input.name, fingerprint: input.fingerprint, addedAt: '2026-12-07T03:00:00.000Z', ...(input.ageRecipient ? { ageRecipient: input.ageRecipient } : {}) }] } }),
    });
    setClient(client);
    const user = userEvent.setup();
    await renderWithI18n(<KnownSendersSection />);
    await screen.findByTestId('own-age-recipient');
    await user.type(screen.getByLabelText('Name'), 'Legal team');
    await user.type(screen.getByLabelText('Their fingerprint'), '1234 5678 9abc def0 1234 5678 9abc def0');
    await user.type(screen.getByLabelText('Their age recipient (optional)'), 'age1notone');
    await user.click(screen.getByRole('button', { name: 'Add sender' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('An age recipient starts with age1');
    expect(calls.some((c) => c.channel === 'bundle.addSender')).toBe(false);

    await user.clear(screen.getByLabelText('Their age recipient (optional)'));
    await user.type(screen.getByLabelText('Their age recipient (optional)'), ` ${THEIRS.toUpperCase()} `);
    await user.click(screen.getByRole('button', { name: 'Add sender' }));
    await screen.findByText('Legal team added.');
    expect(calls.find((c) => c.channel === 'bundle.addSender')?.input).toEqual({ name: 'Legal team', fingerprint: '123456789abcdef0123456789abcdef0', ageRecipient: THEIRS });
  });
});

describe('choosing how an export is encrypted', () => {
  it('offers this device and senders with an age recipient, and answers ready only with a complete choice', async () => {
    setClient(fakeClient({ 'bundle.senders': () => ({ ok: true, value: known() }) }).client);
    const onChange = vi.fn();
    const user = userEvent.setup();
    await renderWithI18n(<BundleEncryptionChoice onChange={onChange} />);
    expect(onChange).toHaveBeenLastCalledWith({ ready: true });

    await user.click(screen.getByLabelText('Encrypted for chosen people (age)'));
    expect(onChange).toHaveBeenLastCalledWith({ ready: false });
    const who = await screen.findByRole('group', { name: 'Who can open it' });
    expect([...who.querySelectorAll('label')].map((label) => label.textContent)).toEqual(['This device', 'Айгүл Қасымова']);
    await user.click(screen.getByLabelText('Айгүл Қасымова'));
    expect(onChange).toHaveBeenLastCalledWith({ encryptTo: { fingerprints: ['c0ffee00'.repeat(4)] }, ready: true });

    await user.click(screen.getByLabelText('Encrypted with a passphrase (age)'));
    await user.type(screen.getByLabelText('Passphrase'), 'river lantern');
    await user.type(screen.getByLabelText('Repeat the passphrase'), 'river lanterm');
    expect(screen.getByRole('alert')).toHaveTextContent('The two passphrases are not the same.');
    expect(onChange).toHaveBeenLastCalledWith({ ready: false });
    await user.clear(screen.getByLabelText('Repeat the passphrase'));
    await user.type(screen.getByLabelText('Repeat the passphrase'), 'river lantern');
    await waitFor(() => expect(onChange).toHaveBeenLastCalledWith({ encryptTo: { passphrase: 'river lantern' }, ready: true }));
  });
});
