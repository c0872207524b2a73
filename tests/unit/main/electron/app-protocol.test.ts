import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { handleAppRequest } from '../../../../src-main/electron/app-protocol';
import { fakeVault } from '../evidence/fake-vault';

const root = mkdtempSync(join(tmpdir(), 'tamga-protocol-'));
mkdirSync(join(root, 'renderer'));
writeFileSync(join(root, 'renderer', 'index.html'), '<!doctype html><title>Tamga</title>');
writeFileSync(join(root, 'outside.txt'), 'not for the renderer');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const ID = 'c'.repeat(32);
const vault = fakeVault({ [ID]: { bytes: Buffer.from('%PDF-1.7 sealed bytes'), mediaType: 'application/pdf' } });
const get = (url: string, headers: Record<string, string> = {}) => handleAppRequest(new Request(url, { headers }), join(root, 'renderer'), vault);

describe('app:// protocol (Electron)', () => {
  it('serves the renderer with the strict CSP', async () => {
    const response = await get('app://tamga/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await response.text()).toContain('<title>Tamga</title>');
  });

  it('serves evidence bytes with ranges, like the browser host', async () => {
    const response = await get(`app://tamga/evidence/items/${ID}`, { range: 'bytes=0-7' });
    expect(response.status).toBe(206);
    expect(await response.text()).toBe('%PDF-1.7');
  });

  it('refuses other hosts and paths outside the renderer', async () => {
    expect((await get('app://elsewhere/index.html')).status).toBe(404);
    expect((await get('app://tamga/..%2Foutside.txt')).status).toBe(404);
  });
});
