import { afterEach, describe, expect, it, vi } from 'vitest';
import { forgetHostSession, openHostSession, sessionHeaders, takeLaunchToken, withSessionParam } from '../../../src-renderer/platform/host-session';

afterEach(() => {
  forgetHostSession();
  sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});

const answering = (status: number, body: unknown) => vi.fn(async () => new Response(JSON.stringify(body), { status })) as unknown as typeof fetch;

describe('host session', () => {
  it('takes the launch token out of the address at once', () => {
    window.history.replaceState(null, '', '/#launch=abc123');
    expect(takeLaunchToken(window.location, window.history)).toBe('abc123');
    expect(window.location.hash).toBe('');
    expect(window.location.href).not.toContain('abc123');
    expect(takeLaunchToken(window.location, window.history)).toBeUndefined();
  });

  it('leaves an address without a launch token where it is, so a reload returns to the same place', () => {
    const place = `/#/cases/${'c'.repeat(32)}/people`;
    window.history.replaceState(null, '', place);
    expect(takeLaunchToken(window.location, window.history)).toBeUndefined();
    expect(window.location.hash).toBe(`#/cases/${'c'.repeat(32)}/people`);
  });

  it('trades the launch token once, in a header, and keeps the session in this tab only', async () => {
    const send = answering(200, { session: 'secret-1' });
    expect(await openHostSession('launch-1', sessionStorage, send)).toBe('secret-1');
    expect(send).toHaveBeenCalledWith('/session', expect.objectContaining({ method: 'POST', headers: { 'X-Tamga-Launch': 'launch-1' }, credentials: 'omit' }));
    expect(sessionStorage.getItem('tamga.hostSession')).toBe('secret-1');
    expect(localStorage.length).toBe(0);
    expect(document.cookie).toBe('');
    expect(sessionHeaders()).toEqual({ 'X-Tamga-Session': 'secret-1' });
    expect(withSessionParam(`/evidence/items/${'a'.repeat(32)}`)).toBe(`/evidence/items/${'a'.repeat(32)}?session=secret-1`);
  });

  it('after a reload uses the session it already had; a used launch token changes nothing', async () => {
    sessionStorage.setItem('tamga.hostSession', 'kept');
    expect(await openHostSession(undefined, sessionStorage, answering(500, {}))).toBe('kept');
    expect(await openHostSession('used', sessionStorage, answering(403, {}))).toBe('kept');
  });

  it('has no session, and adds nothing to URLs or headers, without a launch token or a kept session', async () => {
    expect(await openHostSession('used', sessionStorage, answering(403, {}))).toBeUndefined();
    expect(sessionHeaders()).toEqual({});
    expect(withSessionParam('/evidence/items/x')).toBe('/evidence/items/x');
  });
});
