package se.knutpunkt.domain.notice;

/** What a notice tells its recipient of. */
public enum NoticeKind {
  /** An identifier or document in one of the recipient's cases was flagged as suspected misuse. */
  MISUSE_FLAGGED,
  /** A flag on an identifier or document in one of the recipient's cases was withdrawn. */
  FLAG_WITHDRAWN,
  /** A document entered in one of the recipient's cases was examined as forged before. */
  FORGED_DOCUMENT,
  /** Another agency invited the recipient's agency into one of its cases. */
  INVITATION_RECEIVED,
  /** An agency the recipient's agency invited accepted. */
  INVITATION_ACCEPTED,
  /** An agency the recipient's agency invited declined. */
  INVITATION_DECLINED,
  /** The owner agency revoked an invitation (told to the invited agency). */
  INVITATION_REVOKED,
  /** An invitation reached its end date (told to both agencies). */
  INVITATION_EXPIRED,
  /** A member asked for a value the recipient's agency owns. */
  DISCLOSURE_REQUESTED,
  /** The recipient's request for a withheld value was granted. */
  DISCLOSURE_GRANTED,
  /** The recipient's request for a withheld value was denied. */
  DISCLOSURE_DENIED;

  /** Whether it is about an invitation between agencies. */
  public boolean isAboutInvitation() {
    return name().startsWith("INVITATION_");
  }
}
