/**
 * A rough strength score for the setup screen, 0 (too short) to 4 (very strong). It estimates entropy from
 * length and the alphabets in use, and penalises repetition; above the minimum length it is guidance for a person,
 * not a gate, since Argon2id carries the real cost of guessing.
 */
export type StrengthScore = 0 | 1 | 2 | 3 | 4;

/** Below this many characters (after NFC) a passphrase scores 0 and main refuses it. */
export const MINIMUM_PASSPHRASE_LENGTH = 8;

export function passphraseStrength(passphrase: string): StrengthScore {
  const characters = [...passphrase.normalize('NFC')];
  if (characters.length < MINIMUM_PASSPHRASE_LENGTH) return 0;
  let alphabet = 0;
  if (/[a-z]/.test(passphrase)) alphabet += 26;
  if (/[A-Z]/.test(passphrase)) alphabet += 26;
  if (/[0-9]/.test(passphrase)) alphabet += 10;
  if (/[\u0400-\u04FF]/.test(passphrase)) alphabet += 42;
  if (/[^\p{L}\p{N}]/u.test(passphrase)) alphabet += 20;
  if (/[\u0500-\u{10FFFF}]/u.test(passphrase)) alphabet += 50;
  const distinct = new Set(characters).size;
  // Repeated characters add little: count each distinct one fully and the rest at a quarter.
  const effectiveLength = distinct + (characters.length - distinct) / 4;
  const bits = effectiveLength * Math.log2(Math.max(alphabet, 2));
  if (bits < 40) return 1;
  if (bits < 60) return 2;
  if (bits < 80) return 3;
  return 4;
}
