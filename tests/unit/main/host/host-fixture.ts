import { request as httpRequest, type OutgoingHttpHeaders } from 'node:http';
import type { VaultService } from '../../../../src-main/vault';
import type { Handlers } from '../../../../shared/ipc/contract';
import { fakeVault } from '../evidence/fake-vault';

export const handlers = {
  'app.info': async () => ({ name: 'Tamga', version: '9.9.9', host: 'browser', platform: 'test' }),
} as unknown as Handlers;

export const ITEM = 'a'.repeat(32);

/** A fake vault whose uploads are counted, so a test can tell whether a write reached the route. */
export function hostVault(): VaultService & { imports: number } {
  const vault = fakeVault({ [ITEM]: { bytes: Buffer.from('0123456789'), mediaType: 'image/png' } }) as VaultService & { imports: number };
  vault.imports = 0;
  vault.importStream = (async (stream: AsyncIterable<Uint8Array>) => {
    for await (const chunk of stream) void chunk;
    vault.imports += 1;
    return { item: { id: 'b'.repeat(32) } };
  }) as unknown as VaultService['importStream'];
  return vault;
}

export type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

/** A raw HTTP request (fetch will not send a forged Host), answering undefined when the connection just ends. */
export function send(port: number, method: string, path: string, headers: OutgoingHttpHeaders = {}, body?: Uint8Array | string): Promise<Answer | undefined> {
  return new Promise((resolve) => {
    let request;
    try {
      // A fresh connection each time, so one request's broken connection cannot be blamed on the next.
      request = httpRequest({ host: '127.0.0.1', port, method, path, headers, setHost: !('host' in headers), agent: false });
    } catch {
      return resolve(undefined);
    }
    request.setTimeout(5_000, () => request.destroy());
    request.on('error', () => resolve(undefined));
    request.on('upgrade', (response, socket) => {
      socket.destroy();
      resolve({ status: response.statusCode!, headers: response.headers, body: '' });
    });
    request.on('response', (response) => {
      const parts: Buffer[] = [];
      response.on('data', (part: Buffer) => parts.push(part));
      response.on('error', () => resolve(undefined));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(parts).toString() }));
    });
    request.end(body);
  });
}

