// An in-app attachment's file key wrapped under its case key, as the Java AttachmentKeyWrap:
// nonce (12) ‖ AES-256-GCM(wrapping key, nonce, file key, AAD) (48). The wrapping key is
// HKDF-SHA256(salt = empty, ikm = case key, info = "knutpunkt/attachment-key-wrap/v1"); the AAD is
// "knutpunkt/attachment-key/v1" ‖ 0x00 ‖ case id (16) ‖ epoch (4, big-endian) ‖ attachment id (16).

import { concat, randomBytes, uint32, utf8, uuidBytes } from './bytes.js';
import { KeyUnwrapError } from './errors.js';
import { hkdfExpand, hkdfExtract } from './hkdf.js';

async function wrappingKey(caseKey, usage) {
  const prk = await hkdfExtract('SHA-256', new Uint8Array(0), caseKey);
  const key = await hkdfExpand('SHA-256', prk, utf8('knutpunkt/attachment-key-wrap/v1'), 32);
  return crypto.subtle.importKey('raw', key, 'AES-GCM', false, [usage]);
}

function aad(caseId, epoch, attachmentId) {
  return concat(utf8('knutpunkt/attachment-key/v1'), Uint8Array.of(0), uuidBytes(caseId), uint32(epoch), uuidBytes(attachmentId));
}

export async function wrapAttachmentKey(caseKey, caseId, epoch, attachmentId, fileKey) {
  const iv = randomBytes(12);
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: aad(caseId, epoch, attachmentId) }, await wrappingKey(caseKey, 'encrypt'), fileKey);
  return concat(iv, new Uint8Array(sealed));
}

export async function unwrapAttachmentKey(caseKey, caseId, epoch, attachmentId, wrapped) {
  try {
    if (wrapped.length !== 60) throw new Error('length');
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: wrapped.subarray(0, 12), additionalData: aad(caseId, epoch, attachmentId) },
      await wrappingKey(caseKey, 'decrypt'), wrapped.subarray(12));
    return new Uint8Array(plain);
  } catch (e) {
    throw new KeyUnwrapError('the attachment key does not open under this case key: another case, epoch or attachment, or modified');
  }
}

// The Cobblestone context of an attachment's content: its id, canonical lowercase.
export function attachmentContext(attachmentId) {
  return attachmentId.toLowerCase();
}
