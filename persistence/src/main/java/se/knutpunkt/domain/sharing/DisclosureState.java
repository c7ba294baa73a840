package se.knutpunkt.domain.sharing;

/** Where a request for a withheld value stands. */
public enum DisclosureState {
  PENDING,
  GRANTED,
  DENIED,
  /** the requesting agency left the case before anyone decided */
  LAPSED
}
