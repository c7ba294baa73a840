package se.knutpunkt.security.crypto.chunked;

/** The message ends with a valid final chunk, but more bytes follow it: the file was extended. */
public class AppendedDataException extends CiphertextException {
  private static final long serialVersionUID = 1L;

  public AppendedDataException(long finalChunkIndex, long appendedBytes) {
    super(
        "the message ends with chunk "
            + finalChunkIndex
            + " but "
            + appendedBytes
            + " more bytes follow: data was appended to the ciphertext");
  }
}
