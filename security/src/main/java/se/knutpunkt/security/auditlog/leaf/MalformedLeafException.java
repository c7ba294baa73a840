package se.knutpunkt.security.auditlog.leaf;

/** Bytes that are not the canonical encoding of an audit leaf; says where and why. */
public class MalformedLeafException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final int offset;

  public MalformedLeafException(String problem, int offset) {
    super(problem + " (at byte " + offset + ")");
    this.offset = offset;
  }

  /** Where in the leaf bytes the problem is. */
  public int offset() {
    return offset;
  }
}
