package se.knutpunkt.security.crypto.chunked;

/**
 * Explains a chunk that failed to authenticate, so that the error says what happened to the file.
 * Runs only after the failure is certain, so its extra trial decryptions cost nothing on good
 * files; they never release plaintext.
 */
final class FailureDiagnosis {
  /** How far to look for a chunk's true index: enough for swaps, bounded for huge files. */
  private static final long REORDER_SEARCH = 4096;

  private FailureDiagnosis() {}

  /**
   * @param piece the encrypted bytes read at chunk {@code index}: a full encrypted chunk or the
   *     shorter final piece
   * @param knownChunks how many chunks the ciphertext holds, if known, else -1
   */
  static CiphertextException explain(
      ChunkCipher cipher,
      long index,
      byte[] piece,
      int length,
      boolean finalPiece,
      long knownChunks) {
    byte[] scratch = new byte[Cobblestone256.ENCRYPTED_CHUNK_SIZE];
    // a genuine final chunk followed by extra bytes
    int longestShort = Math.min(length - 1, Cobblestone256.ENCRYPTED_CHUNK_SIZE - 1);
    for (int prefix = Cobblestone256.TAG_SIZE; prefix <= longestShort; prefix++) {
      if (cipher.authenticates(index, piece, 0, prefix, scratch)) {
        return new AppendedDataException(index, length - prefix);
      }
    }
    // a chunk of this message at another position
    long last = knownChunks > 0 ? knownChunks : index + REORDER_SEARCH;
    long tried = 0;
    for (long other = 0; other < last && tried < REORDER_SEARCH; other++) {
      if (other == index) {
        continue;
      }
      tried++;
      if (cipher.authenticates(other, piece, 0, length, scratch)) {
        return new ReorderedChunkException(index, other);
      }
    }
    return new ModifiedChunkException(index, finalPiece);
  }
}
