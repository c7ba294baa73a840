// The user's private key file, read and written in the browser exactly as the Java side and
// openssl do: PEM "ENCRYPTED PRIVATE KEY" = EncryptedPrivateKeyInfo, PBES2 with
// PBKDF2-HMAC-SHA256 (16-byte salt, at least 600 000 iterations) and AES-256-CBC (16-byte IV),
// around a PKCS#8 P-256 key. See docs/crypto.md for the byte layout.

import { equalBytes, randomBytes, utf8 } from './bytes.js';
import {
  DerError, TAG, expect, integer, nullValue, octetString, oid, oidToString, parseSingle,
  readChildren, readInteger, sequence,
} from './der.js';
import { KeyFileError, MALFORMED_KEY_FILE, UNSUPPORTED_KEY_FILE, WRONG_PASSPHRASE } from './errors.js';
import { pemDecode, pemEncode } from './pem.js';
import { publicKeyToRaw } from './p256.js';

export const MIN_ITERATIONS = 600000;
export const MAX_ITERATIONS = 10000000;
const LABEL = 'ENCRYPTED PRIVATE KEY';
const PBES2 = '1.2.840.113549.1.5.13';
const PBKDF2 = '1.2.840.113549.1.5.12';
const HMAC_SHA256 = '1.2.840.113549.2.9';
const AES_256_CBC = '2.16.840.1.101.3.4.1.42';
const EC_PUBLIC_KEY = '1.2.840.10045.2.1';
const PRIME256V1 = '1.2.840.10045.3.1.7';
const ECDH = { name: 'ECDH', namedCurve: 'P-256' };

async function deriveKey(passphrase, salt, iterations, usage) {
  const base = await crypto.subtle.importKey('raw', utf8(passphrase), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, base, { name: 'AES-CBC', length: 256 }, false, [usage]);
}

// The PEM text of `privateKey` (an extractable ECDH P-256 CryptoKey) under `passphrase`.
export async function writeKeyFile(privateKey, passphrase, iterations = MIN_ITERATIONS) {
  if (!passphrase) throw new Error('an empty passphrase protects nothing');
  if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
    throw new Error(`PBKDF2 iterations must be ${MIN_ITERATIONS} to ${MAX_ITERATIONS}`);
  }
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', privateKey));
  const salt = randomBytes(16);
  const iv = randomBytes(16);
  const key = await deriveKey(passphrase, salt, iterations, 'encrypt');
  const encrypted = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-CBC', iv }, key, pkcs8));
  pkcs8.fill(0);
  const der = sequence(
    sequence(
      oid(PBES2),
      sequence(
        sequence(oid(PBKDF2), sequence(octetString(salt), integer(iterations), sequence(oid(HMAC_SHA256), nullValue()))),
        sequence(oid(AES_256_CBC), octetString(iv)))),
    octetString(encrypted));
  return pemEncode(LABEL, der);
}

// Opens a key file: { privateKey, publicKey, publicRaw }. Throws KeyFileError with code
// MALFORMED_KEY_FILE, UNSUPPORTED_KEY_FILE or WRONG_PASSPHRASE.
export async function readKeyFile(pem, passphrase) {
  const { der, error } = pemDecode(pem, LABEL);
  if (error) throw new KeyFileError(MALFORMED_KEY_FILE, error);
  const { salt, iterations, iv, encrypted } = parseEncryptedPrivateKeyInfo(der);
  if (!passphrase) throw new KeyFileError(WRONG_PASSPHRASE, 'wrong passphrase for this key file (it was empty)');
  const key = await deriveKey(passphrase, salt, iterations, 'decrypt');
  let pkcs8;
  try {
    pkcs8 = new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-CBC', iv }, key, encrypted));
  } catch (e) {
    throw new KeyFileError(WRONG_PASSPHRASE, 'wrong passphrase for this key file');
  }
  try {
    return await importPkcs8(pkcs8);
  } catch (e) {
    // a wrong key decrypts to noise that passes the padding check about once in 256 tries
    throw new KeyFileError(WRONG_PASSPHRASE, 'wrong passphrase for this key file');
  } finally {
    pkcs8.fill(0);
  }
}

function parseEncryptedPrivateKeyInfo(der) {
  let fields;
  try {
    const [algorithm, encryptedData, ...extra] = readChildren(parseSingle(der, TAG.SEQUENCE, 'EncryptedPrivateKeyInfo'));
    if (extra.length) throw new DerError('extra fields');
    const [schemeOid, params] = readChildren(expect(algorithm, TAG.SEQUENCE, 'AlgorithmIdentifier'));
    fields = { scheme: oidToString(expect(schemeOid, TAG.OID, 'OID')), params, encrypted: expect(encryptedData, TAG.OCTET_STRING, 'encryptedData') };
  } catch (e) {
    throw new KeyFileError(MALFORMED_KEY_FILE, 'not a DER EncryptedPrivateKeyInfo');
  }
  if (fields.scheme !== PBES2) throw new KeyFileError(UNSUPPORTED_KEY_FILE, `the key file is encrypted with ${fields.scheme}, not PBES2`);
  let kdf;
  let cipher;
  try {
    const [kdfAlgorithm, cipherAlgorithm] = readChildren(expect(fields.params, TAG.SEQUENCE, 'PBES2-params'));
    const [kdfOid, kdfParams] = readChildren(expect(kdfAlgorithm, TAG.SEQUENCE, 'keyDerivationFunc'));
    const [cipherOid, cipherParams] = readChildren(expect(cipherAlgorithm, TAG.SEQUENCE, 'encryptionScheme'));
    kdf = { oid: oidToString(expect(kdfOid, TAG.OID, 'OID')), params: kdfParams };
    cipher = { oid: oidToString(expect(cipherOid, TAG.OID, 'OID')), params: cipherParams };
  } catch (e) {
    throw new KeyFileError(MALFORMED_KEY_FILE, 'damaged PBES2 parameters');
  }
  if (kdf.oid !== PBKDF2) throw new KeyFileError(UNSUPPORTED_KEY_FILE, `the key file's passphrase is stretched with ${kdf.oid}, not PBKDF2`);
  if (cipher.oid !== AES_256_CBC) throw new KeyFileError(UNSUPPORTED_KEY_FILE, `the key file is encrypted with ${cipher.oid}, not AES-256-CBC`);
  let salt;
  let iterations;
  let prf = null;
  try {
    const children = readChildren(expect(kdf.params, TAG.SEQUENCE, 'PBKDF2-params'));
    salt = expect(children[0], TAG.OCTET_STRING, 'salt');
    iterations = readInteger(expect(children[1], TAG.INTEGER, 'iterationCount'));
    for (const optional of children.slice(2)) {
      if (optional.tag === TAG.INTEGER) {
        if (readInteger(optional.content) !== 32) throw new KeyFileError(UNSUPPORTED_KEY_FILE, "the key file's PBKDF2 key length is not 32 bytes");
      } else {
        prf = oidToString(expect(readChildren(expect(optional, TAG.SEQUENCE, 'prf'))[0], TAG.OID, 'OID'));
      }
    }
  } catch (e) {
    if (e instanceof KeyFileError) throw e;
    throw new KeyFileError(MALFORMED_KEY_FILE, 'damaged PBKDF2 parameters');
  }
  if (prf !== HMAC_SHA256) throw new KeyFileError(UNSUPPORTED_KEY_FILE, "the key file's PBKDF2 does not use HMAC-SHA-256");
  if (iterations < MIN_ITERATIONS) {
    throw new KeyFileError(UNSUPPORTED_KEY_FILE, `the key file uses ${iterations} PBKDF2 iterations; Knutpunkt requires at least ${MIN_ITERATIONS}`);
  }
  if (iterations > MAX_ITERATIONS) {
    throw new KeyFileError(UNSUPPORTED_KEY_FILE, `the key file asks for ${iterations} PBKDF2 iterations, above ${MAX_ITERATIONS}`);
  }
  if (salt.length < 8) throw new KeyFileError(UNSUPPORTED_KEY_FILE, "the key file's PBKDF2 salt is shorter than 8 bytes");
  let iv;
  try {
    iv = expect(cipher.params, TAG.OCTET_STRING, 'IV');
  } catch (e) {
    throw new KeyFileError(MALFORMED_KEY_FILE, 'damaged AES-256-CBC parameters');
  }
  if (iv.length !== 16) throw new KeyFileError(MALFORMED_KEY_FILE, 'the AES-256-CBC IV is not 16 bytes');
  return { salt, iterations, iv, encrypted: fields.encrypted };
}

// PKCS#8 of a P-256 key; checks the curve and that an embedded public key belongs to the key.
async function importPkcs8(pkcs8) {
  const [version, algorithm, privateKeyOctets] = readChildren(parseSingle(pkcs8, TAG.SEQUENCE, 'PrivateKeyInfo'));
  expect(version, TAG.INTEGER, 'version');
  const [algorithmOid, curve] = readChildren(expect(algorithm, TAG.SEQUENCE, 'AlgorithmIdentifier'));
  if (oidToString(expect(algorithmOid, TAG.OID, 'OID')) !== EC_PUBLIC_KEY
    || oidToString(expect(curve, TAG.OID, 'OID')) !== PRIME256V1) {
    throw new Error('not a P-256 key');
  }
  const ecKey = readChildren(parseSingle(expect(privateKeyOctets, TAG.OCTET_STRING, 'privateKey'), TAG.SEQUENCE, 'ECPrivateKey'));
  const embeddedPublic = ecKey.find((e) => e.tag === 0xa1);
  const privateKey = await crypto.subtle.importKey('pkcs8', pkcs8, ECDH, true, ['deriveBits']);
  const jwk = await crypto.subtle.exportKey('jwk', privateKey);
  delete jwk.d;
  jwk.key_ops = [];
  const publicKey = await crypto.subtle.importKey('jwk', jwk, ECDH, true, []);
  const publicRaw = await publicKeyToRaw(publicKey);
  if (embeddedPublic) {
    const bits = expect(readChildren(embeddedPublic.content)[0], TAG.BIT_STRING, 'publicKey');
    if (!equalBytes(bits.subarray(1), publicRaw)) throw new Error('the embedded public key does not belong to the private key');
  }
  return { privateKey, publicKey, publicRaw };
}
