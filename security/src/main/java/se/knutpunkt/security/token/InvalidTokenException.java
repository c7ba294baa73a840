package se.knutpunkt.security.token;

/** An access token that must not be accepted; the message says why, never the token. */
public class InvalidTokenException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidTokenException(String why) {
    super(why);
  }
}
