// P-256 keys on WebCrypto (ECDH): generation, the 65-byte uncompressed point HPKE uses, and
// PEM SubjectPublicKeyInfo ("PUBLIC KEY") files, the same bytes Java and openssl write.

import { KeyFileError, MALFORMED_KEY_FILE } from './errors.js';
import { pemDecode, pemEncode } from './pem.js';

const ECDH = { name: 'ECDH', namedCurve: 'P-256' };

// A key pair for HPKE: the private key can derive bits; it is extractable only so it can be
// written into the user's passphrase-encrypted key file.
export async function generateKeyPair() {
  const pair = await crypto.subtle.generateKey(ECDH, true, ['deriveBits']);
  return { privateKey: pair.privateKey, publicKey: pair.publicKey, publicRaw: await publicKeyToRaw(pair.publicKey) };
}

export async function publicKeyToRaw(publicKey) {
  return new Uint8Array(await crypto.subtle.exportKey('raw', publicKey));
}

// Imports 0x04 ‖ x ‖ y; WebCrypto refuses points off the curve.
export async function importPublicKeyRaw(raw) {
  return crypto.subtle.importKey('raw', raw, ECDH, true, []);
}

export async function publicKeyToPem(publicKey) {
  return pemEncode('PUBLIC KEY', new Uint8Array(await crypto.subtle.exportKey('spki', publicKey)));
}

export async function publicKeyFromPem(pem) {
  const { der, error } = pemDecode(pem, 'PUBLIC KEY');
  if (error) throw new KeyFileError(MALFORMED_KEY_FILE, error);
  try {
    const publicKey = await crypto.subtle.importKey('spki', der, ECDH, true, []);
    return { publicKey, publicRaw: await publicKeyToRaw(publicKey) };
  } catch (e) {
    throw new KeyFileError(MALFORMED_KEY_FILE, 'not a P-256 public key: ' + e.message);
  }
}

// From a JWK-style private scalar plus its public point (as test vectors give them).
export async function importPrivateKeyScalar(d, publicRaw) {
  const b64url = (bytes) => btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  const jwk = {
    kty: 'EC', crv: 'P-256', d: b64url(d), x: b64url(publicRaw.subarray(1, 33)), y: b64url(publicRaw.subarray(33, 65)), ext: true,
  };
  return crypto.subtle.importKey('jwk', jwk, ECDH, true, ['deriveBits']);
}

export async function ecdh(privateKey, publicKey) {
  return new Uint8Array(await crypto.subtle.deriveBits({ name: 'ECDH', public: publicKey }, privateKey, 256));
}
