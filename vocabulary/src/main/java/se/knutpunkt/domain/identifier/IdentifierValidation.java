package se.knutpunkt.domain.identifier;

import java.util.Objects;
import java.util.Optional;

/** The outcome of validating a text as a national identifier: the identifier, or why not. */
public record IdentifierValidation(
    Optional<NationalIdentifier> identifier, Optional<Rejection> rejection) {

  /** Why a text is not a valid identifier; the code is stable, the detail is for people. */
  public record Rejection(String code, String detail) {
    public Rejection {
      Objects.requireNonNull(code);
      Objects.requireNonNull(detail);
    }
  }

  public static IdentifierValidation valid(NationalIdentifier identifier) {
    return new IdentifierValidation(Optional.of(identifier), Optional.empty());
  }

  public static IdentifierValidation invalid(String code, String detail) {
    return new IdentifierValidation(Optional.empty(), Optional.of(new Rejection(code, detail)));
  }

  public boolean isValid() {
    return identifier.isPresent();
  }
}
