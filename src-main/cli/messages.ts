import type { AppError } from '../../shared/result';
import errors from '../../shared/i18n/en/errors.json';

export const USAGE = `Usage: tamga [--data-dir DIR] <command>

  init               create a vault; prints the recovery key and its three shares
  import FILE…       seal files; one line each: <item-id> <sha256> <original name>
  list               one line per item: <item-id> <sha256> <size> <original name>
  cat ITEM-ID        write the original bytes to standard output
  verify             re-hash every item, check the custody chain and the record journal
  cases list         one line per case: <case-id> <last event date or -> <title>
  cases show CASE-ID [--audience publication|legal-team]
                     the case as JSON: events, people as consent allows the audience
                     (publication unless asked), tags and attached item ids
  cases dossier CASE-ID --format docx --out FILE [--audience publication|legal-team] [--lang en|ru|kk]
                     the case dossier as a Word file: summary, timeline, people as consent
                     allows the audience (publication unless asked), articles engaged and
                     why, sources and claims, exhibits with SHA-256 and custody
  cases table --format csv|xlsx --out FILE [--article ID] [--lang en|ru|kk]
                     one row per case and article it engages (ID: an article such as
                     ICCPR-21, or an instrument such as ICCPR); prints: <rows> <path>
  report list        one line per report project: <project-id> <from>..<to> <title>
  report build PROJECT-ID --format docx|md --out FILE
                     the report in its own language: numbered paragraphs, footnotes citing
                     exhibits E-1, E-2…, people without consent to be named as "Person A",
                     and the annex of exhibits with SHA-256
  history CASE-ID    every change to the case and its records, oldest first:
                     <time> <device> <table>/<id> v<version> <fields changed>
  export --out FILE [--to FINGERPRINT|age1…]… [--passphrase] [ITEM-ID…]
                     write a signed evidence bundle (all items when none are named);
                     prints: <sha256 of the zip> <path>. --to encrypts it with age to a
                     known sender (by fingerprint) or an age recipient, --passphrase to a
                     passphrase asked for here; either gives a standard .age file
  fingerprint        print this device's key fingerprint, to read to the people you send bundles to
  age-recipient      print this device's age recipient (age1…), for colleagues to encrypt bundles to
  age-identity       print this device's age secret key, to open a bundle by hand with age -d -i;
                     anyone holding it can read every bundle sent to this device
  receive [--expect FINGERPRINT | --yes [--name NAME]] [--dry-run] FILE
                     verify a bundle (a .age file is decrypted first, with this device's age key
                     or a passphrase asked for) and take its files into this vault; a file already held is
                     not taken twice. An unknown signer needs the fingerprint the sender read out
                     (--expect) or --yes, and is then remembered (under NAME). One line per file:
                     RECEIVED|HELD <item-id> <sha256> <name>; exit 1 if it does not verify,
                     3 if the signer is not confirmed
  backup --out FILE  write an encrypted backup of the whole vault to FILE, or add to FILE what changed since
                     the backup already in it; read back and checked before it returns
  restore [--recovery] FILE
                     restore a backup into --data-dir (which must hold no vault), asking for the
                     passphrase, or the recovery key with --recovery
  verify-bundle [--expect FINGERPRINT] FILE
                     check a bundle without a vault or passphrase; exit 0 when it is whole
                     and signed by FINGERPRINT, 1 with one line per problem, 2 when the file
                     cannot be read, 3 when it is whole but the signer was not confirmed
                     (prints UNVERIFIED SIGNER <fingerprint>)

The passphrase is read from the terminal, or from standard input when it is not one.
--data-dir may also be given as TAMGA_DATA_DIR.`;

/** The same English sentence the app shows for a code, with {{placeholders}} filled from the error's details. */
export function describeError(error: AppError): string {
  const template = (errors as Record<string, string>)[error.code] ?? errors.internal;
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => String(error.details?.[key] ?? whole));
}

/**
 * A file name as one safe line: the name comes from whoever supplied the file, and an escape sequence or a newline
 * in it must not repaint the terminal or forge a second `list` line. Control, bidi-override and line-separator
 * characters, and the backslash itself, are written as escapes; every other letter, Cyrillic included, stays as it is.
 */
export function printableName(name: string): string {
  return name.replace(/[\\\p{Cc}\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, (char) => {
    if (char === '\\') return '\\\\';
    const code = char.codePointAt(0)!;
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
