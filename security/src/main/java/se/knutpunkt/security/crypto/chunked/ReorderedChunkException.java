package se.knutpunkt.security.crypto.chunked;

/** A chunk of this very message sits at the wrong position: chunks were reordered or duplicated. */
public class ReorderedChunkException extends ModifiedChunkException {
  private static final long serialVersionUID = 1L;
  private final long belongsAt;

  public ReorderedChunkException(long position, long belongsAt) {
    super(
        position,
        "chunk "
            + position
            + " is chunk "
            + belongsAt
            + " of this message: the chunks were reordered or duplicated");
    this.belongsAt = belongsAt;
  }

  public long belongsAt() {
    return belongsAt;
  }
}
