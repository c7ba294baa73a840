// The errors of the crypto core. Each has a stable `code` that callers and tests branch on;
// the message says what happened in words a user can act on.

export class CiphertextError extends Error {
  constructor(code, message) {
    super(message);
    this.name = 'CiphertextError';
    this.code = code;
  }
}

export const TRUNCATED = 'TRUNCATED';
export const WRONG_KEY_OR_CONTEXT = 'WRONG_KEY_OR_CONTEXT';
export const CHUNK_MODIFIED = 'CHUNK_MODIFIED';
export const CHUNK_REORDERED = 'CHUNK_REORDERED';
export const APPENDED_DATA = 'APPENDED_DATA';

export class InvalidKeySizeError extends Error {
  constructor(message) {
    super(message);
    this.name = 'InvalidKeySizeError';
    this.code = 'INVALID_KEY_SIZE';
  }
}

export class KeyFileError extends Error {
  constructor(code, message) {
    super(message);
    this.name = 'KeyFileError';
    this.code = code;
  }
}

export const MALFORMED_KEY_FILE = 'MALFORMED_KEY_FILE';
export const WRONG_PASSPHRASE = 'WRONG_PASSPHRASE';
export const UNSUPPORTED_KEY_FILE = 'UNSUPPORTED_KEY_FILE';

export class KeyUnwrapError extends Error {
  constructor(message) {
    super(message);
    this.name = 'KeyUnwrapError';
    this.code = 'KEY_UNWRAP_FAILED';
  }
}

export class SealedFileError extends Error {
  constructor(code, message) {
    super(message);
    this.name = 'SealedFileError';
    this.code = code;
  }
}

export const NOT_A_SEALED_FILE = 'NOT_A_SEALED_FILE';
export const NOT_SEALED_FOR_THIS_KEY = 'NOT_SEALED_FOR_THIS_KEY';
