package se.knutpunkt.domain.sharing;

/** What a legal basis demands be written down before anything is shared under it. */
public enum SharingDemand {
  /** Why the receiving agency needs the information (behovsprövning). */
  NEEDS_TEST,
  /** The balancing of the interest in sharing against the secrecy's (intresseavvägning). */
  BALANCING,
  /** Whose consent, given when and how. */
  CONSENT
}
