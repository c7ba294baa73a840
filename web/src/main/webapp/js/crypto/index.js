// The browser crypto core of Knutpunkt: one module set, WebCrypto only. docs/crypto.md has the formats.
export * from './errors.js';
export {
  ChunkedBlobReader, ChunkedDecryptor, ChunkedEncryptor, ciphertextLength, decryptingStream,
  encryptingStream,
} from './cobblestone.js';
export { caseKeyInfo, open as hpkeOpen, seal as hpkeSeal, SEALED_FILE_INFO } from './hpke.js';
export { generateKeyPair, publicKeyFromPem, publicKeyToPem } from './p256.js';
export { readKeyFile, writeKeyFile } from './keyfile.js';
export { FileOpener, FileSealer, openingStream, sealingStream } from './sealed-file.js';
export { attachmentContext, unwrapAttachmentKey, wrapAttachmentKey } from './attachment-key.js';
