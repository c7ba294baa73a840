package se.knutpunkt.domain.casefile;

/** How a person came to be a member of a case. */
public enum MembershipKind {
  /** opened the case */
  CREATOR,
  /** added by the case's creator or by a SPOC of the owner agency */
  ASSIGNED,
  /** joined through an accepted invitation of another agency: limited in scope and time */
  INVITED
}
