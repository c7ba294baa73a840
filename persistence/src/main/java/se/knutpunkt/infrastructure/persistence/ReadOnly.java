package se.knutpunkt.infrastructure.persistence;

/**
 * EclipseLink's hint for queries whose results are only read: no copy is registered in the
 * persistence context and nothing is tracked for changes. Versions of values are never changed, and
 * a case is changed only through the lock of {@code findForUpdate}. Such a query does not see what
 * its own transaction has written and not yet flushed: services read before they write.
 */
final class ReadOnly {

  static final String HINT = "eclipselink.read-only";
  static final String YES = "true";

  private ReadOnly() {}
}
