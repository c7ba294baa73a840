package se.knutpunkt.domain.notice;

/** What a notice tells its recipient of. */
public enum NoticeKind {
  /** An identifier or document in one of the recipient's cases was flagged as suspected misuse. */
  MISUSE_FLAGGED,
  /** A flag on an identifier or document in one of the recipient's cases was withdrawn. */
  FLAG_WITHDRAWN,
  /** A document entered in one of the recipient's cases was examined as forged before. */
  FORGED_DOCUMENT
}
