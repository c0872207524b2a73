import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseRange, readEvidence } from '../../../../src-main/evidence/evidence-http';
import { fakeVault } from './fake-vault';

const ID = 'a'.repeat(32);
const bytes = Buffer.from('0123456789abcdefghij');
const vault = fakeVault({ [ID]: { bytes, mediaType: 'video/mp4' } });

async function collect(body: AsyncIterable<Uint8Array> | undefined): Promise<string> {
  const parts: Buffer[] = [];
  for await (const chunk of body ?? []) parts.push(Buffer.from(chunk));
  return Buffer.concat(parts).toString();
}

describe('readEvidence', () => {
  it('answers the whole item with its media type and a sandboxing CSP', async () => {
    const answer = await readEvidence(vault, ID, undefined);
    expect(answer.status).toBe(200);
    expect(answer.headers['Content-Type']).toBe('video/mp4');
    expect(answer.headers['Content-Security-Policy']).toContain('sandbox');
    expect(await collect(answer.body)).toBe(bytes.toString());
  });

  it('answers a byte range with 206 so media can seek', async () => {
    const answer = await readEvidence(vault, ID, 'bytes=5-9');
    expect(answer.status).toBe(206);
    expect(answer.headers['Content-Range']).toBe('bytes 5-9/20');
    expect(answer.headers['Content-Length']).toBe('5');
    expect(await collect(answer.body)).toBe('56789');
    expect(await collect((await readEvidence(vault, ID, 'bytes=-3')).body)).toBe('hij');
    expect(await collect((await readEvidence(vault, ID, 'bytes=15-')).body)).toBe('fghij');
  });

  it('refuses a range past the end and an unknown item', async () => {
    expect((await readEvidence(vault, ID, 'bytes=20-25')).status).toBe(416);
    expect((await readEvidence(vault, 'b'.repeat(32), undefined)).status).toBe(404);
  });
});

describe('parseRange', () => {
  it('always yields a range inside the file or says it cannot', () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.option(fc.nat(20_000)), fc.option(fc.nat(20_000)), (size, a, b) => {
        const header = `bytes=${a ?? ''}-${b ?? ''}`;
        const range = parseRange(header, size);
        if (range === undefined || range === 'unsatisfiable') return true;
        return range.start >= 0 && range.start <= range.end && range.end < size;
      }),
    );
  });
  it('ignores headers it does not understand', () => {
    expect(parseRange('bytes=0-1,5-6', 10)).toBeUndefined();
    expect(parseRange('items=0-1', 10)).toBeUndefined();
  });
});
