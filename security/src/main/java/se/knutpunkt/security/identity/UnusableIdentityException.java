package se.knutpunkt.security.identity;

/** A signed-in identity Knutpunkt cannot work with: no agency, an unknown level, no username. */
public class UnusableIdentityException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public UnusableIdentityException(String message) {
    super(message);
  }
}
