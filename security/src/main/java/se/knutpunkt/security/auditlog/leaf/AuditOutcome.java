package se.knutpunkt.security.auditlog.leaf;

/** Whether the recorded action was allowed, with its byte in the canonical encoding. */
public enum AuditOutcome {
  PERMIT((byte) 0x01),
  DENY((byte) 0x02);

  private final byte code;

  AuditOutcome(byte code) {
    this.code = code;
  }

  byte code() {
    return code;
  }

  static AuditOutcome ofCode(byte code, int offset) {
    for (AuditOutcome outcome : values()) {
      if (outcome.code == code) {
        return outcome;
      }
    }
    throw new MalformedLeafException("no outcome has code " + (code & 0xff), offset);
  }
}
