/**
 * Defends against: two byte strings for one value, so a signature over JSON would depend on who serialised it.
 * Follows: RFC 8785 (JSON Canonicalization Scheme): keys sorted by UTF-16 code units, no whitespace, ECMAScript
 *   number and string serialisation, I-JSON only. Vectors: tests/unit/shared/format/canonical-json.test.ts (RFC 8785 §3.2).
 *
 * Deliberately stricter than JSON.stringify: it throws instead of silently dropping `undefined`, turning NaN into
 * null or calling toJSON, because a value that cannot round-trip must not be signed.
 */

export class CanonicalJsonError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`${reason} at ${path || '(root)'}`);
    this.name = 'CanonicalJsonError';
  }
}

/** Deep enough for any manifest; a cycle or a hostile nesting stops here instead of exhausting the stack. */
const MAX_DEPTH = 100;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function canonicalJson(value: unknown): string {
  return serialize(value, '', 0);
}

export function canonicalJsonBytes(value: unknown): Uint8Array {
  return new TextEncoder().encode(canonicalJson(value));
}

function serialize(value: unknown, path: string, depth: number): string {
  if (depth > MAX_DEPTH) throw new CanonicalJsonError(path, 'nesting too deep (or a cycle)');
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new CanonicalJsonError(path, 'non-finite number');
      // ECMAScript Number.prototype.toString is exactly RFC 8785 §3.2.2.3; -0 becomes "0" through JSON.stringify.
      return JSON.stringify(value);
    case 'string':
      return serializeString(value, path);
    case 'object':
      return Array.isArray(value) ? serializeArray(value, path, depth) : serializeObject(value as object, path, depth);
    default:
      throw new CanonicalJsonError(path, `${typeof value} is not JSON`);
  }
}

function serializeString(value: string, path: string): string {
  // I-JSON (RFC 7493) forbids unpaired surrogates; JSON.stringify would escape them and produce an unportable value.
  if (LONE_SURROGATE.test(value)) throw new CanonicalJsonError(path, 'unpaired surrogate in string');
  // JSON.stringify's escaping (ES2019+) is RFC 8785 §3.2.2.2: \b \t \n \f \r \" \\, other controls as \u00xx lowercase.
  return JSON.stringify(value);
}

function serializeArray(value: unknown[], path: string, depth: number): string {
  const parts: string[] = [];
  for (let i = 0; i < value.length; i++) {
    if (!(i in value)) throw new CanonicalJsonError(`${path}[${i}]`, 'sparse array hole');
    parts.push(serialize(value[i], `${path}[${i}]`, depth + 1));
  }
  return `[${parts.join(',')}]`;
}

function serializeObject(value: object, path: string, depth: number): string {
  const proto = Object.getPrototypeOf(value);
  // Dates, Maps, class instances and typed arrays have no single JSON form; callers convert them explicitly.
  if (proto !== Object.prototype && proto !== null) throw new CanonicalJsonError(path, 'not a plain object');
  // Default string comparison is by UTF-16 code units, which is what RFC 8785 §3.2.3 requires.
  const keys = Object.keys(value).sort();
  const parts: string[] = [];
  for (const key of keys) {
    const child = (value as Record<string, unknown>)[key];
    const childPath = `${path}.${key}`;
    if (child === undefined) throw new CanonicalJsonError(childPath, 'undefined is not JSON');
    parts.push(`${serializeString(key, childPath)}:${serialize(child, childPath, depth + 1)}`);
  }
  return `{${parts.join(',')}}`;
}
