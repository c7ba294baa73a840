// Test functions the JUnit tests call through Selenium. Each returns plain JSON-able results;
// the Java side asserts on them. Only the modules under /js/crypto are under test here.

import { concat, fromHex, toHex } from '/js/crypto/bytes.js';
import {
  ChunkedBlobReader, ChunkedDecryptor, ChunkedEncryptor, deriveMessageKeys, HEADER_SIZE,
  CHUNK_SIZE, SALT_SIZE, TAG_SIZE, ENCRYPTED_CHUNK_SIZE,
} from '/js/crypto/cobblestone.js';
import { ecdh, generateKeyPair, importPrivateKeyScalar, importPublicKeyRaw, publicKeyFromPem, publicKeyToPem } from '/js/crypto/p256.js';
import { AES_256_GCM, caseKeyInfo, open as hpkeOpen, seal as hpkeSeal, setupBaseReceiver, setupBaseSender } from '/js/crypto/hpke.js';
import { readKeyFile, writeKeyFile } from '/js/crypto/keyfile.js';
import { FileOpener, FileSealer } from '/js/crypto/sealed-file.js';
import { attachmentContext, unwrapAttachmentKey, wrapAttachmentKey } from '/js/crypto/attachment-key.js';
import { patternBlock } from './pattern.js';

async function json(path) {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.json();
}

async function inflate(hex) {
  const stream = new Blob([fromHex(hex)]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function sha512(bytes) {
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-512', bytes)));
}

function describe(e) {
  return { code: e && e.code, name: e && e.name, message: String(e && e.message) };
}

// ---- Wycheproof aes_gcm_test.json ----------------------------------------------------------

export async function aesGcmVectors() {
  const file = await json('/vectors/aes_gcm_test.json');
  const results = [];
  for (const group of file.testGroups) {
    for (const t of group.tests) {
      const id = `tc ${t.tcId} key ${group.keySize} iv ${group.ivSize}`;
      if (group.keySize === 192) {
        results.push({ id, skipped: 'Chromium WebCrypto offers no AES-192' });
        continue;
      }
      results.push({ id, ...(await aesGcmVector(t)) });
    }
  }
  return { total: file.numberOfTests, results };
}

async function aesGcmVector(t) {
  const sealedExpected = concat(fromHex(t.ct), fromHex(t.tag));
  const params = { name: 'AES-GCM', iv: fromHex(t.iv), additionalData: fromHex(t.aad), tagLength: 128 };
  try {
    const key = await crypto.subtle.importKey('raw', fromHex(t.key), 'AES-GCM', false, ['encrypt', 'decrypt']);
    if (t.result === 'valid') {
      const sealed = new Uint8Array(await crypto.subtle.encrypt(params, key, fromHex(t.msg)));
      const opened = new Uint8Array(await crypto.subtle.decrypt(params, key, sealedExpected));
      const ok = toHex(sealed) === toHex(sealedExpected) && toHex(opened) === t.msg;
      return { ok, detail: ok ? '' : 'output differs' };
    }
    await crypto.subtle.decrypt(params, key, sealedExpected);
    return { ok: false, detail: 'an invalid vector decrypted' };
  } catch (e) {
    return t.result === 'valid' ? { ok: false, detail: 'threw ' + e } : { ok: true, detail: '' };
  }
}

// ---- Wycheproof ecdh_secp256r1_webcrypto_test.json ----------------------------------------

function base64url(text) {
  return Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
}

function jwkPoint(jwk) {
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256') throw new Error('not a P-256 key: ' + jwk.crv);
  const x = base64url(jwk.x);
  const y = base64url(jwk.y);
  if (x.length !== 32 || y.length !== 32) throw new Error('P-256 coordinates are 32 bytes');
  return concat(Uint8Array.of(4), x, y);
}

export async function ecdhVectors() {
  const file = await json('/vectors/ecdh_secp256r1_webcrypto_test.json');
  const results = [];
  for (const group of file.testGroups) {
    for (const t of group.tests) {
      let outcome;
      try {
        const peer = await importPublicKeyRaw(jwkPoint(t.public));
        const own = await importPrivateKeyScalar(base64url(t.private.d), jwkPoint(t.private));
        const shared = toHex(await ecdh(own, peer));
        outcome = t.result === 'valid'
          ? { ok: shared === t.shared, detail: shared === t.shared ? '' : 'shared secret differs' }
          : { ok: false, detail: 'an invalid public key was accepted' };
      } catch (e) {
        outcome = t.result === 'valid' ? { ok: false, detail: 'threw ' + e } : { ok: true, detail: '' };
      }
      results.push({ id: `tc ${t.tcId} ${t.comment}`, ...outcome });
    }
  }
  return { total: file.numberOfTests, results };
}

// ---- Wycheproof c2sp_chunked_encryption_aes_256_gcm_test.json ------------------------------

export async function chunkedVectors() {
  const file = await json('/vectors/c2sp_chunked_encryption_aes_256_gcm_test.json');
  const results = [];
  for (const group of file.testGroups) {
    for (const t of group.tests) {
      const ct = await inflate(t.ct);
      const id = `tc ${t.tcId} ${t.comment} [${t.flags.join(',')}]`;
      for (const [mode, run] of [['streaming', streamingVector], ['random access', randomAccessVector],
        ['raw-mode keys', rawModeVector], ['encryption with salt', encryptionVector]]) {
        let outcome;
        try {
          outcome = await run(t, ct);
        } catch (e) {
          outcome = { ok: false, detail: 'test threw ' + e.stack };
        }
        results.push({ id: `${mode}: ${id}`, ...outcome });
      }
    }
  }
  return { total: file.numberOfTests, results };
}

const has = (t, flag) => t.flags.includes(flag);

async function streamingVector(t, ct) {
  const key = fromHex(t.key);
  if (has(t, 'InvalidKeySize')) {
    try {
      await ChunkedDecryptor.create(key, fromHex(t.ctx));
      return { ok: false, detail: 'a key of the wrong size was accepted' };
    } catch (e) {
      return { ok: e.code === 'INVALID_KEY_SIZE', detail: JSON.stringify(describe(e)) };
    }
  }
  // pieces of an odd size, so chunk and header boundaries fall inside them
  const decryptor = await ChunkedDecryptor.create(key, fromHex(t.ctx));
  const out = [];
  let failure = null;
  try {
    for (let i = 0; i < ct.length; i += 5000) out.push(await decryptor.update(ct.subarray(i, i + 5000)));
    if (!decryptor.failure) out.push(await decryptor.finish());
    else throw decryptor.failure;
  } catch (e) {
    failure = e;
  }
  const plain = concat(...out);
  if (t.result === 'valid') {
    const ok = failure === null && plain.length === t.msgLength && await sha512(plain) === t.msgSha512;
    return { ok, detail: ok ? '' : `failure ${JSON.stringify(describe(failure))}, ${plain.length} bytes` };
  }
  if (failure === null || !failure.code) return { ok: false, detail: 'an invalid message decrypted: ' + failure };
  const expectedLength = has(t, 'PartialPlaintext') ? t.msgLength : 0;
  if (plain.length !== expectedLength) return { ok: false, detail: `released ${plain.length} bytes, expected ${expectedLength}` };
  if (has(t, 'PartialPlaintext') && await sha512(plain) !== t.msgSha512) return { ok: false, detail: 'released prefix differs' };
  if ((has(t, 'WrongKey') || has(t, 'WrongContext')) && failure.code !== 'WRONG_KEY_OR_CONTEXT') return { ok: false, detail: failure.code };
  if (has(t, 'ChunkReordering') && failure.code !== 'CHUNK_REORDERED') return { ok: false, detail: failure.code };
  let keptFailing = false;
  try { await decryptor.update(new Uint8Array(1)); } catch (e) { keptFailing = e.code === failure.code; }
  try { await decryptor.finish(); keptFailing = false; } catch (e) { keptFailing = keptFailing && e.code === failure.code; }
  return { ok: keptFailing, detail: keptFailing ? failure.code : 'did not keep failing' };
}

async function randomAccessVector(t, ct) {
  if (has(t, 'InvalidKeySize')) return { ok: true, detail: 'rejected with the key (streaming)' };
  const key = fromHex(t.key);
  const ctx = fromHex(t.ctx);
  const blob = new Blob([ct]);
  if (t.result === 'valid') {
    const reader = await ChunkedBlobReader.open(blob, key, ctx);
    const length = await reader.plaintextLength();
    const whole = await reader.readRange(0, length);
    if (length !== t.msgLength || await sha512(whole) !== t.msgSha512) return { ok: false, detail: 'whole message differs' };
    for (const [offset, n] of [[CHUNK_SIZE - 3, 7], [2 * CHUNK_SIZE - 100, 16584], [Math.floor(length / 2), 1000], [length - 5, 5], [length, 0]]) {
      if (offset < 0 || offset + n > length) continue;
      const part = await reader.readRange(offset, n);
      if (toHex(part) !== toHex(whole.subarray(offset, offset + n))) return { ok: false, detail: `range ${offset}+${n} differs` };
    }
    return { ok: true, detail: '' };
  }
  let wholeFailed = false;
  try {
    const reader = await ChunkedBlobReader.open(blob, key, ctx);
    await reader.readRange(0, reader.claimedLength);
  } catch (e) {
    wholeFailed = Boolean(e.code);
  }
  let lengthFailed = false;
  try {
    const reader = await ChunkedBlobReader.open(blob, key, ctx);
    await reader.plaintextLength();
  } catch (e) {
    lengthFailed = Boolean(e.code);
  }
  const lengthOk = has(t, 'ValidFinalChunk') ? !lengthFailed : lengthFailed;
  return { ok: wholeFailed && lengthOk, detail: `whole failed ${wholeFailed}, length failed ${lengthFailed}` };
}

async function rawModeVector(t, ct) {
  if (has(t, 'HeaderFailure')) return { ok: true, detail: 'no aeadKey/baseNonce in the vector' };
  const keys = await deriveMessageKeys(fromHex(t.key), ct.subarray(0, SALT_SIZE), fromHex(t.ctx));
  const ok = toHex(keys.rawKey) === t.aeadKey && toHex(keys.baseNonce) === t.baseNonce;
  return { ok, detail: ok ? '' : 'derived key or nonce differs' };
}

async function encryptionVector(t, ct) {
  if (t.result !== 'valid') return { ok: true, detail: 'only valid vectors encrypt' };
  const decryptor = await ChunkedDecryptor.create(fromHex(t.key), fromHex(t.ctx));
  const message = concat(await decryptor.update(ct), await decryptor.finish());
  const encryptor = await ChunkedEncryptor.create(fromHex(t.key), fromHex(t.ctx), ct.slice(0, SALT_SIZE));
  const again = concat(await encryptor.update(message), await encryptor.finish());
  const ok = toHex(again) === toHex(ct);
  return { ok, detail: ok ? '' : 'ciphertext differs' };
}

// ---- HPKE ---------------------------------------------------------------------------------

export async function hpkeVectors() {
  const file = await json('/test/vectors/hpke_rfc9180_p256_base.json');
  const results = [];
  const info = fromHex(file.info);
  const pt = fromHex(file.pt);
  for (const v of file.vectors) {
    const ephemeral = { privateKey: await importPrivateKeyScalar(fromHex(v.skEm), fromHex(v.pkEm)), publicRaw: fromHex(v.pkEm) };
    const sender = await setupBaseSender(fromHex(v.pkRm), info, v.aead_id, ephemeral);
    const receiver = await setupBaseReceiver(
      { privateKey: await importPrivateKeyScalar(fromHex(v.skRm), fromHex(v.pkRm)), publicRaw: fromHex(v.pkRm) },
      fromHex(v.enc), info, v.aead_id);
    let ok = toHex(sender.enc) === v.enc;
    for (const e of v.encryptions) {
      ok = ok && toHex(await sender.seal(fromHex(e.aad), pt)) === e.ct;
      ok = ok && toHex(await receiver.open(fromHex(e.aad), fromHex(e.ct))) === file.pt;
    }
    results.push({ id: v.name, ok, detail: ok ? '' : 'enc or a ciphertext differs' });
  }
  return { total: file.vectors.length, results };
}

export async function hpkeBehaviour() {
  const alice = await generateKeyPair();
  const mallory = await generateKeyPair();
  const caseId = fromHex('6f1c0d2e2b1a4c559d5e1f2a3b4c5d6e');
  const info = caseKeyInfo(caseId, 1);
  const secret = crypto.getRandomValues(new Uint8Array(32));
  const { enc, ciphertext } = await hpkeSeal(alice.publicRaw, info, secret);
  const results = [];
  const opened = await hpkeOpen(alice, info, enc, ciphertext);
  results.push({ id: 'round trip', ok: toHex(opened) === toHex(secret) && enc.length === 65 && ciphertext.length === 48 });
  const fails = async (what, promise) => {
    try { await promise; results.push({ id: what, ok: false, detail: 'opened' }); } catch (e) { results.push({ id: what, ok: e.code === 'KEY_UNWRAP_FAILED', detail: e.code }); }
  };
  await fails('wrong private key', hpkeOpen(mallory, info, enc, ciphertext));
  await fails('wrong epoch', hpkeOpen(alice, caseKeyInfo(caseId, 2), enc, ciphertext));
  const flipped = ciphertext.slice();
  flipped[5] ^= 1;
  await fails('modified ciphertext', hpkeOpen(alice, info, enc, flipped));
  results.push({ id: 'case key info bytes', ok: toHex(caseKeyInfo(caseId, 258)) === '6b6e757470756e6b742f636173652d6b65792f7631006f1c0d2e2b1a4c559d5e1f2a3b4c5d6e00000102' });
  return { total: results.length, results };
}

// ---- key files, keys and cross-implementation files ---------------------------------------

const state = {};

export async function newKeyFile(passphrase) {
  const pair = await generateKeyPair();
  return { keyFile: await writeKeyFile(pair.privateKey, passphrase), publicPem: await publicKeyToPem(pair.publicKey) };
}

export async function openKeyFile(pem, passphrase) {
  try {
    const key = await readKeyFile(pem, passphrase);
    state.key = key;
    return { publicPem: await publicKeyToPem(key.publicKey) };
  } catch (e) {
    return { error: describe(e) };
  }
}

// Seals `size` pattern bytes for the public key and uploads the sealed file in pieces.
export async function sealToServer(name, size, publicPem, seed) {
  const { publicRaw } = await publicKeyFromPem(publicPem);
  const sealer = await FileSealer.create(publicRaw);
  let uploaded = 0;
  let buffer = [];
  let buffered = 0;
  const flush = async () => {
    const body = concat(...buffer);
    const response = await fetch(`/files/${name}?offset=${uploaded}`, { method: 'PUT', body });
    if (!response.ok) throw new Error('upload failed: HTTP ' + response.status);
    uploaded += body.length;
    buffer = [];
    buffered = 0;
  };
  const piece = 1 << 20;
  for (let offset = 0; offset < size; offset += piece) {
    const out = await sealer.update(patternBlock(seed, offset, Math.min(piece, size - offset)));
    buffer.push(out);
    buffered += out.length;
    if (buffered >= 8 << 20) await flush();
  }
  buffer.push(await sealer.finish());
  await flush();
  return { sealedLength: uploaded };
}

// Streams a sealed file from the server, opens it with the key of openKeyFile(), and compares
// the content with the pattern as it arrives.
export async function openFromServer(name, size, seed) {
  const response = await fetch(`/files/${name}`);
  const reader = response.body.getReader();
  const opener = FileOpener.create(state.key);
  let position = 0;
  let mismatch = -1;
  const check = (plain) => {
    if (mismatch < 0 && plain.length) {
      const expected = patternBlock(seed, position, plain.length);
      for (let i = 0; i < plain.length; i++) {
        if (plain[i] !== expected[i]) { mismatch = position + i; break; }
      }
    }
    position += plain.length;
  };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      check(await opener.update(value));
      if (opener.decryptor && opener.decryptor.failure) throw opener.decryptor.failure;
    }
    check(await opener.finish());
  } catch (e) {
    return { error: describe(e), released: position };
  }
  return { length: position, mismatch, expected: size };
}

export async function attachmentKeys() {
  const caseKey = crypto.getRandomValues(new Uint8Array(32));
  const fileKey = crypto.getRandomValues(new Uint8Array(32));
  const caseId = '6f1c0d2e-2b1a-4c55-9d5e-1f2a3b4c5d6e';
  const attachment = '0b9e7d4c-1a2b-4c3d-8e9f-0a1b2c3d4e5f';
  const wrapped = await wrapAttachmentKey(caseKey, caseId, 3, attachment, fileKey);
  return { caseKey: toHex(caseKey), fileKey: toHex(fileKey), caseId, epoch: 3, attachment, wrapped: toHex(wrapped), context: attachmentContext(attachment) };
}

export async function unwrapAttachment(caseKeyHex, caseId, epoch, attachment, wrappedHex) {
  try {
    return { fileKey: toHex(await unwrapAttachmentKey(fromHex(caseKeyHex), caseId, epoch, attachment, fromHex(wrappedHex))) };
  } catch (e) {
    return { error: describe(e) };
  }
}

// ---- throughput ---------------------------------------------------------------------------

export async function throughput(megabytes) {
  const fileKey = crypto.getRandomValues(new Uint8Array(32));
  const piece = patternBlock(7, 0, 4 << 20).slice();
  const pieces = (megabytes << 20) / piece.length;
  const encryptor = await ChunkedEncryptor.create(fileKey, 'bench');
  const ciphertext = [];
  let start = performance.now();
  for (let i = 0; i < pieces; i++) ciphertext.push(await encryptor.update(piece));
  ciphertext.push(await encryptor.finish());
  const encryptSeconds = (performance.now() - start) / 1000;
  const decryptor = await ChunkedDecryptor.create(fileKey, 'bench');
  let plainBytes = 0;
  start = performance.now();
  for (const c of ciphertext) plainBytes += (await decryptor.update(c)).length;
  plainBytes += (await decryptor.finish()).length;
  const decryptSeconds = (performance.now() - start) / 1000;
  const bytes = megabytes * 1048576;
  return {
    bytes, plainBytes, encryptSeconds, decryptSeconds,
    encryptMBps: bytes / 1e6 / encryptSeconds, decryptMBps: bytes / 1e6 / decryptSeconds,
  };
}

export { HEADER_SIZE, TAG_SIZE, ENCRYPTED_CHUNK_SIZE };
