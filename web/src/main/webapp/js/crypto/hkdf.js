// HMAC and HKDF (RFC 5869) on WebCrypto. WebCrypto's HKDF runs Extract and Expand together;
// Cobblestone needs Expand alone and HPKE needs them apart with labels, so both are built on HMAC.

import { concat } from './bytes.js';

const HASH_BYTES = { 'SHA-256': 32, 'SHA-512': 64 };

export async function hmac(hash, key, data) {
  // WebCrypto refuses an empty HMAC key; HMAC pads keys with zeros, so a block of zeros is the same.
  const keyBytes = key.length === 0 ? new Uint8Array(HASH_BYTES[hash]) : key;
  const cryptoKey = await crypto.subtle.importKey('raw', keyBytes, { name: 'HMAC', hash }, false, ['sign']);
  return new Uint8Array(await crypto.subtle.sign('HMAC', cryptoKey, data));
}

export function hkdfExtract(hash, salt, ikm) {
  return hmac(hash, salt, ikm);
}

export async function hkdfExpand(hash, prk, info, length) {
  const hashLength = HASH_BYTES[hash];
  if (length > 255 * hashLength) throw new Error('HKDF-Expand: output too long');
  const key = await crypto.subtle.importKey('raw', prk, { name: 'HMAC', hash }, false, ['sign']);
  const output = new Uint8Array(length);
  let previous = new Uint8Array(0);
  for (let i = 1, filled = 0; filled < length; i++) {
    previous = new Uint8Array(await crypto.subtle.sign('HMAC', key, concat(previous, info, Uint8Array.of(i))));
    output.set(previous.subarray(0, Math.min(hashLength, length - filled)), filled);
    filled += hashLength;
  }
  return output;
}
