package se.knutpunkt.infrastructure.matching;

/** The matching index could not be read or written; the request fails whole. */
public class MatchingStorageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public MatchingStorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
