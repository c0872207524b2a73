import { BUNDLE_FORMAT, type BundleManifest } from '../../shared/format/bundle-manifest';
import { MANIFEST, SIGNATURE_BINARY, SUMS } from './bundle-layout';

/** Signs SHA256SUMS as well, so `sha256sum -c` plus one openssl call covers every byte without Tamga or jq. */
export const SUMS_SIGNATURE = 'SHA256SUMS.sig.bin';

type Header = Pick<BundleManifest, 'bundleId' | 'createdAt' | 'creator'>;

/**
 * The exact commands a recipient runs; tests/unit/main/bundle/verify-with-common-tools.test.ts runs these same lines
 * (from this function's output) with unzip, sha256sum and openssl, so the instructions cannot drift from the format.
 */
export const verifyCommands = {
  unpack: (zip: string) => `unzip -q ${zip} -d bundle`,
  sums: `sha256sum -c ${SUMS}`,
  manifestSignature: `openssl pkeyutl -verify -pubin -inkey device-key.pem -rawin -in ${MANIFEST} -sigfile ${SIGNATURE_BINARY}`,
  sumsSignature: `openssl pkeyutl -verify -pubin -inkey device-key.pem -rawin -in ${SUMS} -sigfile ${SUMS_SIGNATURE}`,
  fingerprint: 'openssl pkey -pubin -in device-key.pem -outform DER | sha256sum | cut -c1-32',
};

export function verifyText(header: Header): string {
  return `How to check this evidence bundle without Tamga
================================================

Bundle ${header.bundleId}, made ${header.createdAt}
by the Tamga installation whose key fingerprint is:

    ${header.creator.fingerprint}

Confirm that fingerprint with the sender by another channel (phone, in person).
Anyone can sign a bundle; the fingerprint is what tells you who did.

1. Unpack (any unzip tool works; the files are stored, not compressed):

    ${verifyCommands.unpack('BUNDLE.zip')}
    cd bundle

2. Check every file against its SHA-256 (each line must end in "OK"):

    ${verifyCommands.sums}

   On Windows: certutil -hashfile FILE SHA256, and compare with ${SUMS}.

3. Check that ${SUMS} and ${MANIFEST} were signed by the key in device-key.pem
   (each must print "Signature Verified Successfully"; needs OpenSSL 3):

    ${verifyCommands.sumsSignature}
    ${verifyCommands.manifestSignature}

4. Check the key's fingerprint (must print the fingerprint above):

    ${verifyCommands.fingerprint}

What the files are
------------------
${MANIFEST}     what the bundle holds: each file's size, SHA-256, original name and
                  import time (RFC 8785 canonical JSON; format ${BUNDLE_FORMAT})
manifest.sig      Ed25519 signature over ${MANIFEST}, base64 (${SIGNATURE_BINARY}: the same, raw)
${SUMS}        SHA-256 of every file above and below (${SUMS_SIGNATURE}: its signature)
device-key.pem    the creator's Ed25519 public key
custody.jsonl     custody history of each exhibit, one event per line; each line names
                  the SHA-256 of the line before it, and ${MANIFEST} signs the last
cases.json        case records, as disclosed under each person's consent
index.html        a table of the exhibits for reading in a browser
files/            the exhibits, byte for byte as they were imported

\`tamga verify-bundle BUNDLE.zip\` does all of the above and also re-checks the custody chain.
`;
}
