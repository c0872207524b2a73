/**
 * Adds the app's policy to a response's headers without taking any policy away. A response that already carries
 * one keeps it: evidence is served with `default-src 'none'; sandbox`, and replacing that with the app's own
 * policy would let a hostile HTML or SVG file run as a page. Every policy sent is enforced, so sending both
 * can only narrow what a response may do.
 */
export function withAppPolicy(headers: Record<string, string[]> | undefined, policy: string): Record<string, string[]> {
  const result = { ...headers };
  const name = Object.keys(result).find((key) => key.toLowerCase() === 'content-security-policy');
  if (name === undefined) return { ...result, 'Content-Security-Policy': [policy] };
  const present = result[name] ?? [];
  return present.includes(policy) ? result : { ...result, [name]: [...present, policy] };
}
