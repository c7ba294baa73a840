// c2sp.org/chunked-encryption as Cobblestone-256: HKDF-Expand with SHA-512, AES-256-GCM,
// 16 KiB chunks, the final chunk always shorter. Ciphertext = salt (24) ‖ commitment (32) ‖ chunks.
// The same format as the Java module se.knutpunkt.security.crypto.chunked; see docs/crypto.md.

import { concat, equalBytes, randomBytes, utf8 } from './bytes.js';
import { hkdfExpand } from './hkdf.js';
import {
  APPENDED_DATA, CHUNK_MODIFIED, CHUNK_REORDERED, CiphertextError, InvalidKeySizeError,
  TRUNCATED, WRONG_KEY_OR_CONTEXT,
} from './errors.js';

export const KEY_SIZE = 32;
export const CHUNK_SIZE = 16384;
export const TAG_SIZE = 16;
export const ENCRYPTED_CHUNK_SIZE = CHUNK_SIZE + TAG_SIZE;
export const SALT_SIZE = 24;
export const COMMITMENT_SIZE = 32;
export const HEADER_SIZE = SALT_SIZE + COMMITMENT_SIZE;
const NONCE_SIZE = 12;
const MAX_CHUNKS = 2 ** 38;
const LABEL = utf8('c2sp.org/chunked-encryption@v1+AEAD_AES_256_GCM\0');
// how many chunks go to WebCrypto at once: its work runs off the main thread, in parallel
const BATCH = 64;

export function ciphertextLength(plaintextLength) {
  return HEADER_SIZE + plaintextLength + (Math.floor(plaintextLength / CHUNK_SIZE) + 1) * TAG_SIZE;
}

function checkKey(fileKey) {
  if (!(fileKey instanceof Uint8Array) || fileKey.length !== KEY_SIZE) {
    throw new InvalidKeySizeError(`a file key is ${KEY_SIZE} bytes, not ${fileKey && fileKey.length}`);
  }
}

function contextBytes(context) {
  return typeof context === 'string' ? utf8(context) : context;
}

// key ‖ base nonce ‖ commitment = HKDF-Expand(prk = file key, info = label ‖ salt ‖ context, 76)
export async function deriveMessageKeys(fileKey, salt, context) {
  checkKey(fileKey);
  const okm = await hkdfExpand('SHA-512', fileKey, concat(LABEL, salt, contextBytes(context)), 32 + NONCE_SIZE + COMMITMENT_SIZE);
  const rawKey = okm.slice(0, 32);
  const aeadKey = await crypto.subtle.importKey('raw', rawKey, 'AES-GCM', false, ['encrypt', 'decrypt']);
  return { aeadKey, rawKey, baseNonce: okm.slice(32, 44), commitment: okm.slice(44) };
}

function nonceFor(baseNonce, index) {
  if (index >= MAX_CHUNKS) throw new CiphertextError(TRUNCATED, 'chunk counter reached 2^38: message too long');
  const nonce = baseNonce.slice();
  // the index as a big-endian integer as wide as the nonce; below 2^38 it touches 5 bytes
  let rest = index;
  for (let i = 0; i < 5; i++) {
    nonce[NONCE_SIZE - 1 - i] ^= rest % 256;
    rest = Math.floor(rest / 256);
  }
  return nonce;
}

async function encryptChunk(keys, index, plain) {
  const iv = nonceFor(keys.baseNonce, index);
  return new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, keys.aeadKey, plain));
}

// The plaintext, or null when the chunk does not authenticate at this index.
async function tryDecryptChunk(keys, index, encrypted) {
  if (encrypted.length < TAG_SIZE) return null;
  try {
    const iv = nonceFor(keys.baseNonce, index);
    return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, keys.aeadKey, encrypted));
  } catch (e) {
    if (e instanceof CiphertextError) throw e;
    return null;
  }
}

// Explains a chunk that failed, after the failure is certain: appended data, a chunk of this
// message at the wrong place, or plain modification. Never releases plaintext.
async function explainFailure(keys, index, piece, finalPiece, knownChunks) {
  const longestShort = Math.min(piece.length - 1, ENCRYPTED_CHUNK_SIZE - 1);
  for (let start = TAG_SIZE; start <= longestShort; start += 512) {
    const tries = [];
    for (let prefix = start; prefix <= Math.min(longestShort, start + 511); prefix++) {
      tries.push(tryDecryptChunk(keys, index, piece.subarray(0, prefix)).then((p) => (p ? prefix : -1)));
    }
    const found = (await Promise.all(tries)).find((p) => p >= 0);
    if (found !== undefined) {
      return new CiphertextError(APPENDED_DATA,
        `the message ends with chunk ${index} but ${piece.length - found} more bytes follow: data was appended to the ciphertext`);
    }
  }
  const last = knownChunks > 0 ? knownChunks : index + 4096;
  for (let from = 0; from < Math.min(last, 4097); from += 256) {
    const tries = [];
    for (let other = from; other < Math.min(last, from + 256); other++) {
      if (other === index) continue;
      tries.push(tryDecryptChunk(keys, other, piece).then((p) => (p ? other : -1)));
    }
    const found = (await Promise.all(tries)).find((o) => o >= 0);
    if (found !== undefined) {
      return new CiphertextError(CHUNK_REORDERED,
        `chunk ${index} is chunk ${found} of this message: the chunks were reordered or duplicated`);
    }
  }
  return new CiphertextError(CHUNK_MODIFIED, finalPiece
    ? `the final chunk (chunk ${index}) failed authentication: the ciphertext was modified, truncated inside a chunk, or extended`
    : `chunk ${index} failed authentication: the ciphertext was modified`);
}

async function decryptChunkOrExplain(keys, index, encrypted, finalPiece, knownChunks) {
  const plain = await tryDecryptChunk(keys, index, encrypted);
  if (plain) return plain;
  throw await explainFailure(keys, index, encrypted, finalPiece, knownChunks);
}

async function decryptRun(keys, firstIndex, pieces, finalLast, knownChunks) {
  const plains = await Promise.all(pieces.map((piece, i) => tryDecryptChunk(keys, firstIndex + i, piece)));
  const failed = plains.indexOf(null);
  if (failed < 0) return { plains, error: null };
  const finalPiece = finalLast && failed === pieces.length - 1;
  return {
    plains: plains.slice(0, failed),
    error: await explainFailure(keys, firstIndex + failed, pieces[failed], finalPiece, knownChunks),
  };
}

function headerTruncated(length) {
  return new CiphertextError(TRUNCATED,
    `the ciphertext is ${length} bytes, shorter than its 56-byte header (salt and key commitment)`);
}

function missingFinalChunk(chunkIndex) {
  return new CiphertextError(TRUNCATED, chunkIndex === 0
    ? 'the ciphertext ends after its header, with no chunk at all'
    : `the ciphertext ends after chunk ${chunkIndex - 1} without its final short chunk: it was truncated`);
}

function finalShorterThanTag(length) {
  return new CiphertextError(TRUNCATED,
    `the final chunk is ${length} bytes, shorter than its 16-byte tag: the ciphertext was truncated or extended`);
}

// Push-style streaming encryption in constant memory: feed plaintext with update(), which returns
// the ciphertext of every chunk completed so far (the header first); finish() returns the final
// short chunk. A full chunk is emitted at once, because the final chunk is always short.
export class ChunkedEncryptor {
  static async create(fileKey, context, salt = randomBytes(SALT_SIZE)) {
    const keys = await deriveMessageKeys(fileKey, salt, context);
    return new ChunkedEncryptor(keys, concat(salt, keys.commitment));
  }

  constructor(keys, header) {
    this.keys = keys;
    this.header = header;
    this.headerSent = false;
    this.pending = new Uint8Array(CHUNK_SIZE);
    this.pendingLength = 0;
    this.chunkIndex = 0;
    this.finished = false;
  }

  async update(data) {
    if (this.finished) throw new Error('the message is finished: nothing more can be written');
    const chunks = [];
    let offset = 0;
    if (this.pendingLength > 0) {
      const n = Math.min(CHUNK_SIZE - this.pendingLength, data.length);
      this.pending.set(data.subarray(0, n), this.pendingLength);
      this.pendingLength += n;
      offset = n;
      if (this.pendingLength === CHUNK_SIZE) {
        chunks.push(this.pending.slice());
        this.pendingLength = 0;
      }
    }
    while (data.length - offset >= CHUNK_SIZE) {
      chunks.push(data.subarray(offset, offset + CHUNK_SIZE));
      offset += CHUNK_SIZE;
    }
    if (offset < data.length) {
      this.pending.set(data.subarray(offset), this.pendingLength);
      this.pendingLength += data.length - offset;
    }
    const out = [];
    if (!this.headerSent) {
      out.push(this.header);
      this.headerSent = true;
    }
    for (let i = 0; i < chunks.length; i += BATCH) {
      const batch = chunks.slice(i, i + BATCH);
      const first = this.chunkIndex;
      this.chunkIndex += batch.length;
      out.push(...await Promise.all(batch.map((chunk, j) => encryptChunk(this.keys, first + j, chunk))));
    }
    return concat(...out);
  }

  async finish() {
    if (this.finished) throw new Error('the message is finished already');
    const head = this.headerSent ? [] : [this.header];
    this.headerSent = true;
    this.finished = true;
    const last = await encryptChunk(this.keys, this.chunkIndex++, this.pending.subarray(0, this.pendingLength));
    return concat(...head, last);
  }
}

// Push-style streaming decryption in constant memory. update() returns only plaintext of chunks
// that authenticated; finish() returns the final chunk's plaintext once it authenticated, which
// is the only proof that the message is complete. After a failure every call fails again.
export class ChunkedDecryptor {
  static async create(fileKey, context) {
    checkKey(fileKey);
    return new ChunkedDecryptor(fileKey, contextBytes(context));
  }

  constructor(fileKey, context) {
    this.fileKey = fileKey;
    this.context = context;
    this.keys = null;
    this.pending = new Uint8Array(0);
    this.chunkIndex = 0;
    this.failure = null;
    this.done = false;
  }

  async update(data) {
    if (this.failure) throw this.failure;
    if (this.done) throw new Error('the message is finished already');
    try {
      this.pending = this.pending.length ? concat(this.pending, data) : data.slice();
      if (!this.keys) {
        if (this.pending.length < HEADER_SIZE) return new Uint8Array(0);
        await this.checkHeader(this.pending.subarray(0, HEADER_SIZE));
        this.pending = this.pending.slice(HEADER_SIZE);
      }
      // a full encrypted chunk is never the final one, so it can be opened as soon as it is here
      const count = Math.floor(this.pending.length / ENCRYPTED_CHUNK_SIZE);
      const out = [];
      for (let i = 0; i < count; i += BATCH) {
        const pieces = [];
        for (let j = i; j < Math.min(count, i + BATCH); j++) {
          pieces.push(this.pending.subarray(j * ENCRYPTED_CHUNK_SIZE, (j + 1) * ENCRYPTED_CHUNK_SIZE));
        }
        const { plains, error } = await decryptRun(this.keys, this.chunkIndex, pieces, false, -1);
        out.push(...plains);
        this.chunkIndex += plains.length;
        if (error) {
          // hand out what authenticated before the bad chunk, then fail from the next call on
          this.failure = error;
          return concat(...out);
        }
      }
      this.pending = this.pending.slice(count * ENCRYPTED_CHUNK_SIZE);
      return concat(...out);
    } catch (e) {
      this.failure = e;
      throw e;
    }
  }

  async finish() {
    if (this.failure) throw this.failure;
    try {
      // update() opens the header as soon as 56 bytes are there, so no keys means a short header
      if (!this.keys) throw headerTruncated(this.pending.length);
      if (this.pending.length === 0) throw missingFinalChunk(this.chunkIndex);
      if (this.pending.length < TAG_SIZE) throw finalShorterThanTag(this.pending.length);
      const plain = await decryptChunkOrExplain(this.keys, this.chunkIndex, this.pending, true, -1);
      this.done = true;
      this.pending = new Uint8Array(0);
      return plain;
    } catch (e) {
      this.failure = e;
      throw e;
    }
  }

  async checkHeader(header) {
    const keys = await deriveMessageKeys(this.fileKey, header.subarray(0, SALT_SIZE), this.context);
    if (!equalBytes(keys.commitment, header.subarray(SALT_SIZE, HEADER_SIZE))) {
      throw new CiphertextError(WRONG_KEY_OR_CONTEXT,
        'the key commitment does not match: wrong key or wrong context, or the header was modified');
    }
    this.keys = keys;
  }
}

// TransformStreams for fetch bodies and files: plaintext in, ciphertext out, and back.
export function encryptingStream(fileKey, context) {
  let encryptor;
  return new TransformStream({
    async start() { encryptor = await ChunkedEncryptor.create(fileKey, context); },
    async transform(chunk, controller) {
      const out = await encryptor.update(chunk);
      if (out.length) controller.enqueue(out);
    },
    async flush(controller) { controller.enqueue(await encryptor.finish()); },
  });
}

export function decryptingStream(fileKey, context) {
  let decryptor;
  return new TransformStream({
    async start() { decryptor = await ChunkedDecryptor.create(fileKey, context); },
    async transform(chunk, controller) {
      const out = await decryptor.update(chunk);
      if (out.length) controller.enqueue(out);
      if (decryptor.failure) throw decryptor.failure;
    },
    async flush(controller) {
      const out = await decryptor.finish();
      if (out.length) controller.enqueue(out);
    },
  });
}

// Random access over a Blob (a File, or a fetched body): a range is read by decrypting only the
// chunks that cover it. plaintextLength() authenticates the length through the final chunk.
export class ChunkedBlobReader {
  static async open(blob, fileKey, context) {
    checkKey(fileKey);
    const layout = chunkLayout(blob.size);
    const header = new Uint8Array(await blob.slice(0, HEADER_SIZE).arrayBuffer());
    const keys = await deriveMessageKeys(fileKey, header.subarray(0, SALT_SIZE), contextBytes(context));
    if (!equalBytes(keys.commitment, header.subarray(SALT_SIZE))) {
      throw new CiphertextError(WRONG_KEY_OR_CONTEXT,
        'the key commitment does not match: wrong key or wrong context, or the header was modified');
    }
    return new ChunkedBlobReader(blob, keys, layout);
  }

  constructor(blob, keys, layout) {
    this.blob = blob;
    this.keys = keys;
    this.layout = layout;
    this.authenticatedLength = -1;
  }

  get claimedLength() {
    return this.layout.fullChunks * CHUNK_SIZE + this.layout.finalLength - TAG_SIZE;
  }

  async plaintextLength() {
    if (this.authenticatedLength < 0) {
      await this.decryptChunks(this.layout.fullChunks, this.layout.fullChunks);
      this.authenticatedLength = this.claimedLength;
    }
    return this.authenticatedLength;
  }

  async readRange(offset, length) {
    const end = offset + length;
    if (offset < 0 || length < 0 || end > this.claimedLength) {
      throw new RangeError(`range ${offset}+${length} reaches past the end of a ${this.claimedLength}-byte message`);
    }
    const out = new Uint8Array(length);
    if (length > 0) {
      const first = Math.floor(offset / CHUNK_SIZE);
      const last = Math.floor((end - 1) / CHUNK_SIZE);
      const plains = await this.decryptChunks(first, last);
      let written = 0;
      for (let k = first; k <= last; k++) {
        const plain = plains[k - first];
        const from = k === first ? offset % CHUNK_SIZE : 0;
        const n = Math.min(plain.length - from, length - written);
        out.set(plain.subarray(from, from + n), written);
        written += n;
      }
    }
    if (end === this.claimedLength) await this.plaintextLength();
    return out;
  }

  async decryptChunks(first, last) {
    const start = HEADER_SIZE + first * ENCRYPTED_CHUNK_SIZE;
    const stop = Math.min(this.blob.size, HEADER_SIZE + (last + 1) * ENCRYPTED_CHUNK_SIZE);
    const bytes = new Uint8Array(await this.blob.slice(start, stop).arrayBuffer());
    const pieces = [];
    for (let k = first; k <= last; k++) {
      const from = (k - first) * ENCRYPTED_CHUNK_SIZE;
      pieces.push(bytes.subarray(from, Math.min(bytes.length, from + ENCRYPTED_CHUNK_SIZE)));
    }
    const finalLast = last === this.layout.fullChunks;
    const { plains, error } = await decryptRun(this.keys, first, pieces, finalLast, this.layout.fullChunks + 1);
    if (error) throw error;
    return plains;
  }
}

function chunkLayout(ciphertextLength) {
  if (ciphertextLength < HEADER_SIZE) throw headerTruncated(ciphertextLength);
  const body = ciphertextLength - HEADER_SIZE;
  const fullChunks = Math.floor(body / ENCRYPTED_CHUNK_SIZE);
  const rest = body % ENCRYPTED_CHUNK_SIZE;
  if (rest === 0) throw missingFinalChunk(fullChunks);
  if (rest < TAG_SIZE) throw finalShorterThanTag(rest);
  return { fullChunks, finalLength: rest };
}
