// Deterministic test content, the same as the Java TestPattern: byte i is byte (i mod 4) of
// fmix32(floor(i / 4) XOR seed), little-endian. Any range can be made without the rest.

function fmix32(h) {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function patternBytes(seed, offset, length) {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    const position = offset + i;
    const word = fmix32((Math.floor(position / 4) ^ seed) >>> 0);
    out[i] = (word >>> (8 * (position % 4))) & 0xff;
  }
  return out;
}

// Faster for word-aligned offsets, which is how the tests call it.
export function patternBlock(seed, offset, length) {
  if (offset % 4 !== 0) return patternBytes(seed, offset, length);
  const words = new Uint32Array(Math.ceil(length / 4));
  const first = offset / 4;
  for (let w = 0; w < words.length; w++) words[w] = fmix32(((first + w) ^ seed) >>> 0);
  return new Uint8Array(words.buffer, 0, length);
}
