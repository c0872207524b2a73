import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, CanonicalJsonError } from '../../../../shared/format/canonical-json';

/** Shuffles an object's key insertion order, deeply, so only canonicalisation can make the bytes agree. */
function reordered(value: unknown, seed: number): unknown {
  if (Array.isArray(value)) return value.map((v) => reordered(v, seed + 1));
  if (value === null || typeof value !== 'object') return value;
  const keys = Object.keys(value);
  const rotated = keys.slice(seed % Math.max(keys.length, 1)).concat(keys.slice(0, seed % Math.max(keys.length, 1))).reverse();
  return Object.fromEntries(rotated.map((k) => [k, reordered((value as Record<string, unknown>)[k], seed + 1)]));
}

const float64 = (hex: string) => new DataView(Uint8Array.from(Buffer.from(hex, 'hex')).buffer).getFloat64(0);

describe('canonical JSON (RFC 8785)', () => {
  it('serialises the RFC 8785 §3.2.2 sample exactly', () => {
    const input = JSON.parse(
      '{"numbers":[333333333.33333329,1E30,4.50,2e-3,0.000000000000000000000000001],' +
        '"string":"\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/","literals":[null,true,false]}',
    );
    expect(canonicalJson(input)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('sorts keys by UTF-16 code units as in RFC 8785 §3.2.3', () => {
    const input = { '€': 'Euro Sign', '\r': 'Carriage Return', '\ufb33': 'Hebrew Letter Dalet With Dagesh', '1': 'One', '😀': 'Emoji: Grinning Face', '\u0080': 'Control', 'ö': 'Latin Small Letter O With Diaeresis' };
    expect(canonicalJson(input)).toBe(
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","ö":"Latin Small Letter O With Diaeresis","€":"Euro Sign","😀":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    );
  });

  it.each([
    ['0000000000000000', '0'],
    ['8000000000000000', '0'],
    ['0000000000000001', '5e-324'],
    ['8000000000000001', '-5e-324'],
    ['7fefffffffffffff', '1.7976931348623157e+308'],
    ['4340000000000000', '9007199254740992'],
    ['c340000000000000', '-9007199254740992'],
    ['4430000000000000', '295147905179352830000'],
    ['44b52d02c7e14af6', '1e+23'],
  ])('writes the IEEE-754 double %s as %s (RFC 8785 Appendix B)', (hex, expected) => {
    expect(canonicalJson(float64(hex))).toBe(expected);
  });

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['undefined member', { a: undefined }],
    ['a function', () => 1],
    ['a bigint', BigInt(1)],
    ['a Date', new Date(0)],
    ['an unpaired surrogate', 'a\ud800b'],
  ])('refuses %s instead of writing something that would not round-trip', (_, value) => {
    expect(() => canonicalJson(value)).toThrow(CanonicalJsonError);
  });

  it('refuses a cycle with an error, not a stack overflow', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow(/too deep/);
  });

  it('gives the same bytes whatever the key order', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(), (value, seed) => {
        expect(canonicalJson(reordered(value, seed))).toBe(canonicalJson(value));
      }),
      { numRuns: 300 },
    );
  });

  it('parses back to the same value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        // -0 is the one value JSON cannot carry; RFC 8785 writes it as 0.
        const normalised = JSON.parse(JSON.stringify(value));
        expect(JSON.parse(canonicalJson(value))).toEqual(normalised);
      }),
      { numRuns: 300 },
    );
  });

  it('has no whitespace outside strings', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const withoutStrings = canonicalJson(value).replace(/"(?:[^"\\]|\\.)*"/g, '""');
        expect(withoutStrings).not.toMatch(/\s/);
      }),
    );
  });
});

/** The error a value is refused with: where in the value, and why. */
function refusalOf(value: unknown): { name: string; path: string; message: string } {
  try {
    canonicalJson(value);
  } catch (error) {
    if (error instanceof CanonicalJsonError) return { name: error.name, path: error.path, message: error.message };
    throw error;
  }
  throw new Error('the value was accepted');
}

const nested = (depth: number): unknown => (depth === 0 ? 1 : [nested(depth - 1)]);

describe('canonical JSON refusals name where and why', () => {
  it('names the member, index and reason', () => {
    expect(refusalOf({ a: [1, { b: undefined }] })).toEqual({ name: 'CanonicalJsonError', path: '.a[1].b', message: 'undefined is not JSON at .a[1].b' });
    expect(refusalOf(Number.NaN)).toMatchObject({ path: '', message: 'non-finite number at (root)' });
    // eslint-disable-next-line no-sparse-arrays -- the hole is what is refused
    expect(refusalOf({ list: [1, , 3] })).toMatchObject({ path: '.list[1]', message: 'sparse array hole at .list[1]' });
    expect(refusalOf({ when: new Date(0) })).toMatchObject({ path: '.when', message: 'not a plain object at .when' });
    expect(refusalOf([() => 1])).toMatchObject({ path: '[0]', message: 'function is not JSON at [0]' });
    expect(refusalOf({ n: BigInt(1) })).toMatchObject({ message: 'bigint is not JSON at .n' });
    expect(refusalOf({ s: 'a\ud800b' })).toMatchObject({ message: 'unpaired surrogate in string at .s' });
  });

  it('refuses a lone surrogate of either half, anywhere, in values and keys; a pair is a character', () => {
    for (const text of ['a\ud800b', 'a\udc00b', 'a\ud800', '\udc00a', '\udc00\ud800']) expect(refusalOf(text).message).toBe('unpaired surrogate in string at (root)');
    expect(refusalOf({ 'key\udc00': 1 }).path).toBe('.key\udc00');
    expect(canonicalJson({ '😀': '😀 ok' })).toBe('{"😀":"😀 ok"}');
  });

  it('takes a nesting 100 deep and refuses 101', () => {
    expect(canonicalJson(nested(100))).toBe(`${'['.repeat(100)}1${']'.repeat(100)}`);
    expect(refusalOf(nested(101))).toMatchObject({ path: '[0]'.repeat(101), message: `nesting too deep (or a cycle) at ${'[0]'.repeat(101)}` });
  });

  it('takes an object without a prototype, and refuses a class instance', () => {
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { b: true, a: false });
    expect(canonicalJson(bare)).toBe('{"a":false,"b":true}');
    expect(refusalOf(new (class Exhibit {})()).message).toBe('not a plain object at (root)');
  });
});
