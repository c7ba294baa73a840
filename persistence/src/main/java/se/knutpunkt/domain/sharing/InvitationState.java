package se.knutpunkt.domain.sharing;

/** Where an invitation of another agency into a case stands. */
public enum InvitationState {
  /** sent, waiting for the invited agency's ID-SPOC */
  PENDING,
  /** the invited agency takes part in the case, within the scope, until the end date */
  ACCEPTED,
  /** the invited agency said no */
  DECLINED,
  /** the owner agency took it back */
  REVOKED,
  /** its end date passed */
  EXPIRED;

  /** Whether nothing more can happen to it. */
  public boolean isFinal() {
    return this == DECLINED || this == REVOKED || this == EXPIRED;
  }
}
