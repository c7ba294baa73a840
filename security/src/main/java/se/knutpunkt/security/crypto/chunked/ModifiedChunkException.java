package se.knutpunkt.security.crypto.chunked;

/** A chunk failed authentication at its position. */
public class ModifiedChunkException extends CiphertextException {
  private static final long serialVersionUID = 1L;
  private final long chunkIndex;

  public ModifiedChunkException(long chunkIndex, boolean finalChunk) {
    this(
        chunkIndex,
        finalChunk
            ? "the final chunk (chunk "
                + chunkIndex
                + ") failed authentication: the ciphertext was modified, truncated inside a"
                + " chunk, or extended"
            : "chunk " + chunkIndex + " failed authentication: the ciphertext was modified");
  }

  protected ModifiedChunkException(long chunkIndex, String message) {
    super(message);
    this.chunkIndex = chunkIndex;
  }

  public long chunkIndex() {
    return chunkIndex;
  }
}
