package se.knutpunkt.web.api.resources;

import java.util.Optional;
import se.knutpunkt.application.misuse.MisuseFlagService;
import se.knutpunkt.domain.misuse.Matchable;
import se.knutpunkt.web.api.json.JsonInput;
import se.knutpunkt.web.api.problem.ProblemException;

/**
 * What a flag or a watch is about, as the API takes it: {@code identifier} (checked by the
 * identifier rules) or {@code document: {country, number}}, exactly one of them.
 */
final class MatchableInput {

  private MatchableInput() {}

  static Matchable of(JsonInput input, MisuseFlagService flags) {
    Optional<String> identifier = input.optionalString("identifier");
    Optional<JsonInput> document = input.optionalObject("document", "country", "number");
    if (identifier.isPresent() == document.isPresent()) {
      throw ProblemException.badRequest(
          "identifier", "Give either 'identifier' or 'document' (with country and number).");
    }
    if (document.isPresent()) {
      JsonInput doc = document.get();
      String country = doc.requiredString("country");
      String number = doc.requiredString("number");
      return JsonInput.parseValue("document", country, c -> Matchable.document(c, number));
    }
    return flags.identifier(identifier.get());
  }
}
