// HPKE (RFC 9180) base mode, DHKEM(P-256, HKDF-SHA256), HKDF-SHA256, AES-256-GCM, on WebCrypto:
// ECDH for the KEM, HMAC-based labeled HKDF for the key schedule, AES-GCM for the AEAD.
// Knutpunkt seals one key per encapsulation, with empty AAD; the info carries the binding.

import { concat, utf8 } from './bytes.js';
import { KeyUnwrapError } from './errors.js';
import { hkdfExpand, hkdfExtract } from './hkdf.js';
import { ecdh, generateKeyPair, importPublicKeyRaw } from './p256.js';

const KEM_ID = 0x0010;
const KDF_ID = 0x0001;
export const AES_128_GCM = 0x0001;
export const AES_256_GCM = 0x0002;
const HPKE_V1 = utf8('HPKE-v1');
const NO_AAD = new Uint8Array(0);

function i2osp(value, length) {
  const bytes = new Uint8Array(length);
  for (let i = length - 1, rest = value; i >= 0; i--, rest = Math.floor(rest / 256)) bytes[i] = rest % 256;
  return bytes;
}

const KEM_SUITE = concat(utf8('KEM'), i2osp(KEM_ID, 2));

function labeledExtract(suite, salt, label, ikm) {
  return hkdfExtract('SHA-256', salt, concat(HPKE_V1, suite, utf8(label), ikm));
}

function labeledExpand(suite, prk, label, info, length) {
  return hkdfExpand('SHA-256', prk, concat(i2osp(length, 2), HPKE_V1, suite, utf8(label), info), length);
}

async function extractAndExpand(dh, kemContext) {
  const prk = await labeledExtract(KEM_SUITE, new Uint8Array(0), 'eae_prk', dh);
  return labeledExpand(KEM_SUITE, prk, 'shared_secret', kemContext, 32);
}

async function keySchedule(aead, sharedSecret, info) {
  const suite = concat(utf8('HPKE'), i2osp(KEM_ID, 2), i2osp(KDF_ID, 2), i2osp(aead, 2));
  const empty = new Uint8Array(0);
  const pskIdHash = await labeledExtract(suite, empty, 'psk_id_hash', empty);
  const infoHash = await labeledExtract(suite, empty, 'info_hash', info);
  const context = concat(Uint8Array.of(0), pskIdHash, infoHash);
  const secret = await labeledExtract(suite, sharedSecret, 'secret', empty);
  const keyLength = aead === AES_256_GCM ? 32 : 16;
  const key = await labeledExpand(suite, secret, 'key', context, keyLength);
  const baseNonce = await labeledExpand(suite, secret, 'base_nonce', context, 12);
  return new Context(await crypto.subtle.importKey('raw', key, 'AES-GCM', false, ['encrypt', 'decrypt']), baseNonce);
}

class Context {
  constructor(key, baseNonce) {
    this.key = key;
    this.baseNonce = baseNonce;
    this.sequence = 0;
  }

  nonce() {
    const nonce = this.baseNonce.slice();
    nonce.set(nonce.subarray(4).map((b, i) => b ^ i2osp(this.sequence, 8)[i]), 4);
    this.sequence++;
    return nonce;
  }

  async seal(aad, plaintext) {
    return new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv: this.nonce(), additionalData: aad }, this.key, plaintext));
  }

  async open(aad, ciphertext) {
    const iv = this.nonce();
    return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: aad }, this.key, ciphertext));
  }
}

// SetupBaseS. `ephemeral` ({privateKey, publicRaw}) only to reproduce published vectors.
export async function setupBaseSender(recipientPublicRaw, info, aead = AES_256_GCM, ephemeral = null) {
  const recipient = await importPublicKeyRaw(recipientPublicRaw);
  const pair = ephemeral || await generateKeyPair();
  const dh = await ecdh(pair.privateKey, recipient);
  const sharedSecret = await extractAndExpand(dh, concat(pair.publicRaw, recipientPublicRaw));
  const context = await keySchedule(aead, sharedSecret, info);
  context.enc = pair.publicRaw;
  return context;
}

// SetupBaseR: `recipient` is {privateKey, publicRaw}.
export async function setupBaseReceiver(recipient, enc, info, aead = AES_256_GCM) {
  const ephemeral = await importPublicKeyRaw(enc);
  const dh = await ecdh(recipient.privateKey, ephemeral);
  const sharedSecret = await extractAndExpand(dh, concat(enc, recipient.publicRaw));
  return keySchedule(aead, sharedSecret, info);
}

// Seals `plaintext` (a key) for the recipient: { enc (65 bytes), ciphertext (plaintext + 16) }.
export async function seal(recipientPublicRaw, info, plaintext) {
  const context = await setupBaseSender(recipientPublicRaw, info);
  return { enc: context.enc, ciphertext: await context.seal(NO_AAD, plaintext) };
}

export async function open(recipient, info, enc, ciphertext) {
  try {
    if (enc.length !== 65 || enc[0] !== 4) throw new Error('enc is not an uncompressed P-256 point');
    const context = await setupBaseReceiver(recipient, enc, info);
    return await context.open(NO_AAD, ciphertext);
  } catch (e) {
    throw new KeyUnwrapError('the wrapped key does not open: it was sealed for another key or purpose, or modified');
  }
}

export const SEALED_FILE_INFO = utf8('knutpunkt/sealed-file/v1');

// "knutpunkt/case-key/v1" ‖ 0x00 ‖ case id (16 bytes) ‖ epoch (4 bytes big-endian)
export function caseKeyInfo(caseIdBytes, epoch) {
  if (caseIdBytes.length !== 16) throw new Error('a case id is 16 bytes');
  return concat(utf8('knutpunkt/case-key/v1'), Uint8Array.of(0), caseIdBytes, i2osp(epoch, 4));
}

