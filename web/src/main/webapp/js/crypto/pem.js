// PEM armour: one object of an expected label.

import { fromBase64, toBase64 } from './bytes.js';

export function pemEncode(label, der) {
  const base64 = toBase64(der);
  const lines = base64.match(/.{1,64}/g) || [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

// The DER bytes, or null when there is no PEM block; throws on a block of another label.
export function pemDecode(text, label) {
  const match = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/.exec(text);
  if (!match) return { error: `not a PEM file (no -----BEGIN ${label}----- line)` };
  if (match[1] !== label) return { error: `a PEM "${match[1]}", where a "${label}" was expected` };
  const body = match[2].replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(body)) return { error: 'not a PEM file: bad base64' };
  return { der: fromBase64(body) };
}
