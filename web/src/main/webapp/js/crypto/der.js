// A small DER reader and writer: just the ASN.1 that key files need (SEQUENCE, INTEGER,
// OCTET STRING, BIT STRING, NULL, OBJECT IDENTIFIER, context tags). Strict: definite lengths,
// minimal length encodings, nothing left over.

import { concat } from './bytes.js';

export const TAG = {
  INTEGER: 0x02, BIT_STRING: 0x03, OCTET_STRING: 0x04, NULL: 0x05, OID: 0x06, SEQUENCE: 0x30,
};

export class DerError extends Error {}

// Reads one element at `offset`: { tag, content (Uint8Array), end }.
export function readElement(bytes, offset = 0) {
  if (offset + 2 > bytes.length) throw new DerError('DER ends inside a tag');
  const tag = bytes[offset];
  let length = bytes[offset + 1];
  let position = offset + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0 || count > 4) throw new DerError('unsupported DER length');
    if (position + count > bytes.length) throw new DerError('DER ends inside a length');
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + bytes[position + i];
    if (length < 0x80 || bytes[position] === 0) throw new DerError('non-minimal DER length');
    position += count;
  }
  const end = position + length;
  if (end > bytes.length) throw new DerError('DER ends inside a value');
  return { tag, content: bytes.subarray(position, end), end };
}

// The children of a constructed element's content.
export function readChildren(content) {
  const children = [];
  for (let offset = 0; offset < content.length;) {
    const child = readElement(content, offset);
    children.push(child);
    offset = child.end;
  }
  return children;
}

export function expect(element, tag, what) {
  if (!element || element.tag !== tag) throw new DerError(`expected ${what}`);
  return element.content;
}

// A whole DER value that must be exactly one element of the given tag.
export function parseSingle(bytes, tag, what) {
  const element = readElement(bytes, 0);
  if (element.end !== bytes.length) throw new DerError(`bytes after the ${what}`);
  return expect(element, tag, what);
}

export function readInteger(content) {
  if (content.length === 0) throw new DerError('empty INTEGER');
  if (content[0] & 0x80) throw new DerError('negative INTEGER');
  let value = 0;
  for (const b of content) value = value * 256 + b;
  if (!Number.isSafeInteger(value)) throw new DerError('INTEGER too large');
  return value;
}

export function oidToString(content) {
  const parts = [];
  let value = 0;
  for (const b of content) {
    value = value * 128 + (b & 0x7f);
    if (!(b & 0x80)) {
      if (parts.length === 0) parts.push(Math.min(2, Math.floor(value / 40)), value - 40 * Math.min(2, Math.floor(value / 40)));
      else parts.push(value);
      value = 0;
    }
  }
  return parts.join('.');
}

function encodeLength(length) {
  if (length < 0x80) return Uint8Array.of(length);
  const bytes = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256);
  return Uint8Array.of(0x80 | bytes.length, ...bytes);
}

export function element(tag, ...contents) {
  const content = concat(...contents);
  return concat(Uint8Array.of(tag), encodeLength(content.length), content);
}

export function sequence(...children) {
  return element(TAG.SEQUENCE, ...children);
}

export function octetString(bytes) {
  return element(TAG.OCTET_STRING, bytes);
}

export function integer(value) {
  const bytes = [];
  for (let rest = value; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256);
  if (bytes.length === 0 || bytes[0] & 0x80) bytes.unshift(0);
  return element(TAG.INTEGER, Uint8Array.from(bytes));
}

export function nullValue() {
  return Uint8Array.of(TAG.NULL, 0);
}

export function oid(dotted) {
  const parts = dotted.split('.').map(Number);
  const bytes = [40 * parts[0] + parts[1]];
  for (const part of parts.slice(2)) {
    const groups = [];
    for (let rest = part; ; rest = Math.floor(rest / 128)) {
      groups.unshift(rest % 128);
      if (rest < 128) break;
    }
    for (let i = 0; i < groups.length - 1; i++) groups[i] |= 0x80;
    bytes.push(...groups);
  }
  return element(TAG.OID, Uint8Array.from(bytes));
}
