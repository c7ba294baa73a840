package se.knutpunkt.security.crypto.chunked;

/**
 * Where chunks sit in a ciphertext of a given length, and whether that length is possible at all:
 * chunk k starts at 56 + k × 16400, and the final chunk is 16 to 16399 bytes long.
 */
record ChunkLayout(long ciphertextLength, long fullChunks, int finalChunkLength) {

  static ChunkLayout of(long ciphertextLength) throws TruncatedCiphertextException {
    if (ciphertextLength < Cobblestone256.HEADER_SIZE) {
      throw new TruncatedCiphertextException(
          "the ciphertext is "
              + ciphertextLength
              + " bytes, shorter than its 56-byte header (salt and key commitment)");
    }
    long body = ciphertextLength - Cobblestone256.HEADER_SIZE;
    long fullChunks = body / Cobblestone256.ENCRYPTED_CHUNK_SIZE;
    int rest = (int) (body % Cobblestone256.ENCRYPTED_CHUNK_SIZE);
    if (rest == 0) {
      throw new TruncatedCiphertextException(
          fullChunks == 0
              ? "the ciphertext ends after its header, with no chunk at all"
              : "the ciphertext ends after chunk "
                  + (fullChunks - 1)
                  + " without its final short chunk: it was truncated");
    }
    if (rest < Cobblestone256.TAG_SIZE) {
      throw new TruncatedCiphertextException(
          "the final chunk is "
              + rest
              + " bytes, shorter than its 16-byte tag: the ciphertext was truncated or extended");
    }
    if (fullChunks + 1 > Cobblestone256.MAX_CHUNKS) {
      throw new TruncatedCiphertextException("more than 2^38 chunks: not a valid message");
    }
    return new ChunkLayout(ciphertextLength, fullChunks, rest);
  }

  long chunkCount() {
    return fullChunks + 1;
  }

  /** The plaintext length this ciphertext length claims; authenticated only by the final chunk. */
  long claimedPlaintextLength() {
    return fullChunks * Cobblestone256.CHUNK_SIZE + finalChunkLength - Cobblestone256.TAG_SIZE;
  }

  long chunkOffset(long index) {
    return Cobblestone256.HEADER_SIZE + index * Cobblestone256.ENCRYPTED_CHUNK_SIZE;
  }

  int encryptedLength(long index) {
    return index < fullChunks ? Cobblestone256.ENCRYPTED_CHUNK_SIZE : finalChunkLength;
  }

  boolean isFinal(long index) {
    return index == fullChunks;
  }
}
