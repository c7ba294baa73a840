// The sealed file (one recipient, no server), byte for byte as the Java SealedFile writes it:
// "KNPTSEAL" ‖ 0x01 ‖ HPKE enc (65) ‖ HPKE-sealed file key (48) ‖ Cobblestone-256 ciphertext of
// the content, context "knutpunkt/sealed-file/v1". See docs/crypto.md.

import { concat, equalBytes, randomBytes, utf8 } from './bytes.js';
import { ChunkedDecryptor, ChunkedEncryptor } from './cobblestone.js';
import { NOT_A_SEALED_FILE, NOT_SEALED_FOR_THIS_KEY, SealedFileError } from './errors.js';
import { SEALED_FILE_INFO, open as hpkeOpen, seal as hpkeSeal } from './hpke.js';

const MAGIC = utf8('KNPTSEAL');
const VERSION = 0x01;
export const CONTEXT = 'knutpunkt/sealed-file/v1';
export const HEADER_BYTES = MAGIC.length + 1 + 65 + 48;

// Push-style sealing: header bytes first, then update()/finish() as with ChunkedEncryptor.
export class FileSealer {
  static async create(recipientPublicRaw) {
    const fileKey = randomBytes(32);
    const { enc, ciphertext } = await hpkeSeal(recipientPublicRaw, SEALED_FILE_INFO, fileKey);
    const encryptor = await ChunkedEncryptor.create(fileKey, CONTEXT);
    fileKey.fill(0);
    return new FileSealer(concat(MAGIC, Uint8Array.of(VERSION), enc, ciphertext), encryptor);
  }

  constructor(header, encryptor) {
    this.header = header;
    this.encryptor = encryptor;
    this.started = false;
  }

  async update(content) {
    const out = await this.encryptor.update(content);
    return this.prefix(out);
  }

  async finish() {
    return this.prefix(await this.encryptor.finish());
  }

  prefix(bytes) {
    if (this.started) return bytes;
    this.started = true;
    return concat(this.header, bytes);
  }
}

// Push-style opening: update() hands out only authenticated content; finish() proves the end.
// `recipient` is {privateKey, publicRaw}, as readKeyFile returns it.
export class FileOpener {
  static create(recipient) {
    return new FileOpener(recipient);
  }

  constructor(recipient) {
    this.recipient = recipient;
    this.header = new Uint8Array(0);
    this.decryptor = null;
  }

  async update(bytes) {
    if (this.decryptor) return this.decryptor.update(bytes);
    this.header = concat(this.header, bytes);
    if (this.header.length < HEADER_BYTES) {
      this.checkMagic();
      return new Uint8Array(0);
    }
    await this.openHeader();
    const rest = this.header.subarray(HEADER_BYTES);
    this.header = null;
    return this.decryptor.update(rest);
  }

  async finish() {
    if (!this.decryptor) {
      this.checkMagic();
      throw new SealedFileError(NOT_A_SEALED_FILE, `the sealed file ends inside its ${HEADER_BYTES}-byte header: it was truncated`);
    }
    return this.decryptor.finish();
  }

  checkMagic() {
    const seen = this.header.subarray(0, MAGIC.length);
    if (!equalBytes(seen, MAGIC.subarray(0, seen.length))) {
      throw new SealedFileError(NOT_A_SEALED_FILE, 'not a Knutpunkt sealed file (it does not start with KNPTSEAL)');
    }
    if (this.header.length > MAGIC.length && this.header[MAGIC.length] !== VERSION) {
      throw new SealedFileError(NOT_A_SEALED_FILE, `sealed file version ${this.header[MAGIC.length]} is not supported (only 1)`);
    }
  }

  async openHeader() {
    this.checkMagic();
    const enc = this.header.slice(MAGIC.length + 1, MAGIC.length + 1 + 65);
    const sealedKey = this.header.slice(MAGIC.length + 1 + 65, HEADER_BYTES);
    let fileKey;
    try {
      fileKey = await hpkeOpen(this.recipient, SEALED_FILE_INFO, enc, sealedKey);
    } catch (e) {
      throw new SealedFileError(NOT_SEALED_FOR_THIS_KEY,
        'this file was not sealed for this key (or its key block was modified): the file key does not open');
    }
    this.decryptor = await ChunkedDecryptor.create(fileKey, CONTEXT);
  }
}

function transform(factory) {
  let worker;
  return new TransformStream({
    async start() { worker = await factory(); },
    async transform(chunk, controller) {
      const out = await worker.update(chunk);
      if (out.length) controller.enqueue(out);
      const failure = worker.decryptor ? worker.decryptor.failure : null;
      if (failure) throw failure;
    },
    async flush(controller) {
      const out = await worker.finish();
      if (out.length) controller.enqueue(out);
    },
  });
}

// TransformStreams: content → sealed file, sealed file → content.
export function sealingStream(recipientPublicRaw) {
  return transform(() => FileSealer.create(recipientPublicRaw));
}

export function openingStream(recipient) {
  return transform(async () => FileOpener.create(recipient));
}
