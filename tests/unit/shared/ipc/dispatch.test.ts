import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../shared/ipc/dispatch';
import type { Handlers } from '../../../../shared/ipc/contract';
import { TamgaError } from '../../../../shared/result';

const fakeHandlers = (overrides: Partial<Handlers> = {}): Handlers =>
  new Proxy(overrides as Handlers, {
    get: (target, key: string) => target[key as keyof Handlers] ?? (async () => { throw new Error(`unexpected call to ${key}`); }),
  });

describe('dispatch', () => {
  it('answers a valid call with the handler output', async () => {
    const handlers = fakeHandlers({ 'app.info': async () => ({ name: 'Tamga', version: '1.0.0', host: 'browser', platform: 'linux' }) });
    const result = await dispatch(handlers, 'app.info', {});
    expect(result).toEqual({ ok: true, value: { name: 'Tamga', version: '1.0.0', host: 'browser', platform: 'linux' } });
  });

  it('refuses a channel that is not in the contract', async () => {
    expect(await dispatch(fakeHandlers(), 'fs.readFile', { path: '/etc/passwd' })).toEqual({ ok: false, error: { code: 'ipc.unknownChannel' } });
    expect(await dispatch(fakeHandlers(), '__proto__', {})).toEqual({ ok: false, error: { code: 'ipc.unknownChannel' } });
    expect(await dispatch(fakeHandlers(), 42, {})).toEqual({ ok: false, error: { code: 'ipc.unknownChannel' } });
  });

  it('refuses a malformed payload with a typed error and never calls the handler', async () => {
    let called = false;
    const handlers = fakeHandlers({ 'vault.unlock': async () => { called = true; return { keys: { records: '', index: '' }, mustSetPassphrase: false }; } });
    for (const input of [undefined, null, 'text', { passphrase: 7 }, { passphrase: 'x', extra: true }, { passphrase: 'x'.repeat(100_001) }]) {
      const result = await dispatch(handlers, 'vault.unlock', input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('ipc.invalidInput');
    }
    expect(called).toBe(false);
  });

  it('normalises passphrases to NFC before the handler sees them', async () => {
    let seen = '';
    const handlers = fakeHandlers({ 'vault.unlock': async ({ passphrase }) => { seen = passphrase; return { keys: { records: 'A'.repeat(43) + '=', index: 'B'.repeat(43) + '=' }, mustSetPassphrase: false }; } });
    await dispatch(handlers, 'vault.unlock', { passphrase: 'қ'.normalize('NFD') + 'ә'.normalize('NFD') });
    expect(seen).toBe('қә'.normalize('NFC'));
  });

  it('passes a TamgaError code through and hides any other exception behind "internal"', async () => {
    const logged: unknown[] = [];
    const handlers = fakeHandlers({
      'vault.lock': async () => { throw new TamgaError('vault.locked'); },
      'vault.status': async () => { throw new Error('secret path /home/someone'); },
    });
    expect(await dispatch(handlers, 'vault.lock', {})).toEqual({ ok: false, error: { code: 'vault.locked' } });
    const hidden = await dispatch(handlers, 'vault.status', {}, (e) => logged.push(e));
    expect(hidden).toEqual({ ok: false, error: { code: 'internal' } });
    expect(logged).toHaveLength(1);
  });

  it('discards an answer that does not match the output schema', async () => {
    const handlers = fakeHandlers({ 'vault.status': async () => ({ state: 'open-sesame' }) as never });
    const result = await dispatch(handlers, 'vault.status', {}, () => undefined);
    expect(result).toEqual({ ok: false, error: { code: 'ipc.invalidOutput', details: { channel: 'vault.status' } } });
  });

  it('names the channel and the path of the first field that is wrong, so a refusal can be traced', async () => {
    const refused = (channel: string, input: unknown) => dispatch(fakeHandlers(), channel, input);
    expect(await refused('vault.unlock', { passphrase: 7 })).toEqual({ ok: false, error: { code: 'ipc.invalidInput', details: { channel: 'vault.unlock', issue: 'passphrase' } } });
    expect(await refused('bundle.export', { itemIds: ['a'.repeat(32), 5] })).toMatchObject({ error: { details: { channel: 'bundle.export', issue: 'itemIds.1' } } });
    // The whole input is wrong: the path is empty.
    expect(await refused('records.read', 'text')).toEqual({ ok: false, error: { code: 'ipc.invalidInput', details: { channel: 'records.read', issue: '' } } });
  });

  it('logs why an answer was discarded, and nothing for an answer that passes', async () => {
    const logged: unknown[] = [];
    const handlers = fakeHandlers({
      'vault.status': async () => ({ state: 'open-sesame' }) as never,
      'app.info': async () => ({ name: 'Tamga', version: '1.0.0', host: 'browser', platform: 'linux' }),
    });
    await dispatch(handlers, 'app.info', {}, (e) => logged.push(e));
    expect(logged).toEqual([]);
    await dispatch(handlers, 'vault.status', {}, (e) => logged.push(e));
    expect(logged).toHaveLength(1);
    expect(String(logged[0])).toMatch(/state/);
  });
});
