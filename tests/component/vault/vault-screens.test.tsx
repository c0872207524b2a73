import { beforeEach, describe, expect, it } from 'vitest';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src-renderer/app/App';
import { setClient } from '../../../src-renderer/platform/tamga-client';
import { useSession } from '../../../src-renderer/features/vault/session-store';
import { fakeClient, sampleKeys } from '../fake-client';
import { renderWithI18n } from '../render-app';

beforeEach(() => {
  useSession.setState({ screen: 'loading', keys: undefined, recoveryKit: undefined, lockedReason: undefined });
  window.localStorage.clear();
});

describe('vault screens', () => {
  it('creates a vault, shows the recovery kit once, then opens the cases screen', async () => {
    const { client, calls } = fakeClient({
      'vault.status': () => ({ ok: true, value: { state: 'absent', autoLockMinutes: 10 } }),
      'vault.create': () => ({ ok: true, value: { keys: sampleKeys, mustSetPassphrase: false, recoveryKey: 'ABCD-EFGH-JKMN-PQRS', recoveryShares: ['s1', 's2', 's3'] } }),
    });
    setClient(client);
    const user = userEvent.setup();
    await renderWithI18n(<App />);

    await screen.findByRole('heading', { name: 'Create your vault' });
    await user.type(screen.getByLabelText('Passphrase'), 'тамга');
    await user.type(screen.getByLabelText('Repeat the passphrase'), 'тамга');
    await user.click(screen.getByRole('button', { name: 'Create vault' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The passphrase must be at least 8 characters long.');
    expect(calls.some((c) => c.channel === 'vault.create')).toBe(false);
    await user.clear(screen.getByLabelText('Passphrase'));
    await user.clear(screen.getByLabelText('Repeat the passphrase'));

    await user.type(screen.getByLabelText('Passphrase'), 'тамга ұзақ жол 2026');
    await user.type(screen.getByLabelText('Repeat the passphrase'), 'something else');
    await user.click(screen.getByRole('button', { name: 'Create vault' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The two passphrases are not the same.');
    expect(calls.some((c) => c.channel === 'vault.create')).toBe(false);

    await user.clear(screen.getByLabelText('Repeat the passphrase'));
    await user.type(screen.getByLabelText('Repeat the passphrase'), 'тамга ұзақ жол 2026');
    await user.click(screen.getByRole('button', { name: 'Create vault' }));
    await screen.findByRole('heading', { name: 'Your recovery kit' });
    expect(screen.getByLabelText('Recovery key')).toHaveTextContent('ABCD-EFGH-JKMN-PQRS');
    const open = screen.getByRole('button', { name: 'Open the vault' });
    expect(open).toBeDisabled();
    await user.click(screen.getByLabelText('I have written down the recovery key'));
    await user.click(open);
    await screen.findByRole('heading', { name: 'Cases' });
    expect(screen.queryByText('ABCD-EFGH-JKMN-PQRS')).toBeNull();
    expect(calls.find((c) => c.channel === 'vault.create')?.input).toEqual({ passphrase: 'тамга ұзақ жол 2026' });
  });

  it('shows a translated message for a wrong passphrase and unlocks with the right one', async () => {
    const { client } = fakeClient({
      'vault.status': () => ({ ok: true, value: { state: 'locked', autoLockMinutes: 10 } }),
      'vault.unlock': ({ passphrase }) =>
        passphrase === 'right words' ? { ok: true, value: { keys: sampleKeys, mustSetPassphrase: false } } : { ok: false, error: { code: 'vault.wrongPassphrase' } },
    });
    setClient(client);
    const user = userEvent.setup();
    await renderWithI18n(<App />, 'ru');

    await screen.findByRole('heading', { name: 'Разблокируйте хранилище' });
    await user.type(screen.getByLabelText('Парольная фраза'), 'wrong words');
    await user.click(screen.getByRole('button', { name: 'Разблокировать' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Эта парольная фраза не открывает хранилище');

    await user.clear(screen.getByLabelText('Парольная фраза'));
    await user.type(screen.getByLabelText('Парольная фраза'), 'right words');
    await user.click(screen.getByRole('button', { name: 'Разблокировать' }));
    await screen.findByRole('button', { name: 'Заблокировать' });
  });

  it('returns to the unlock screen and forgets the keys when main reports an idle lock', async () => {
    const { client, emit } = fakeClient({
      'vault.status': () => ({ ok: true, value: { state: 'locked', autoLockMinutes: 10 } }),
      'vault.unlock': () => ({ ok: true, value: { keys: sampleKeys, mustSetPassphrase: false } }),
    });
    setClient(client);
    const user = userEvent.setup();
    await renderWithI18n(<App />);
    await user.type(await screen.findByLabelText('Passphrase'), 'x');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    await screen.findByRole('heading', { name: 'Cases' });

    act(() => emit('vault.locked', { reason: 'idle' }));
    await screen.findByRole('heading', { name: 'Unlock the vault' });
    expect(screen.getByRole('status')).toHaveTextContent('The vault locked itself after a period without activity.');
    expect(useSession.getState().keys).toBeUndefined();
    expect(screen.queryByRole('heading', { name: 'Cases' })).toBeNull();
  });

  it('recovers with two shares and then asks for a new passphrase', async () => {
    const { client, calls } = fakeClient({
      'vault.status': () => ({ ok: true, value: { state: 'locked', autoLockMinutes: 10 } }),
      'vault.unlockWithRecovery': () => ({ ok: true, value: { keys: sampleKeys, mustSetPassphrase: true } }),
      'vault.setPassphrase': () => ({ ok: true, value: {} }),
    });
    setClient(client);
    const user = userEvent.setup();
    await renderWithI18n(<App />);
    await user.click(await screen.findByRole('button', { name: 'Forgot the passphrase? Use the recovery key' }));
    await user.click(screen.getByRole('button', { name: 'Use shares instead' }));
    await user.type(screen.getByLabelText('Share 1'), 'first-share');
    await user.type(screen.getByLabelText('Share 2'), 'second-share');
    await user.click(screen.getByRole('button', { name: 'Recover' }));
    await screen.findByRole('heading', { name: 'Choose a new passphrase' });
    expect(calls.find((c) => c.channel === 'vault.unlockWithRecovery')?.input).toEqual({ shares: ['first-share', 'second-share'] });
    await user.type(screen.getByLabelText('Passphrase'), 'a new long passphrase');
    await user.type(screen.getByLabelText('Repeat the passphrase'), 'a new long passphrase');
    await user.click(screen.getByRole('button', { name: 'Save the new passphrase' }));
    await waitFor(() => expect(useSession.getState().screen).toBe('home'));
  });
});
