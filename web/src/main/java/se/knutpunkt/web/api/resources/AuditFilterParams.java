package se.knutpunkt.web.api.resources;

import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import se.knutpunkt.application.audit.AuditEntryFilter;
import se.knutpunkt.web.api.problem.ProblemException;

/**
 * The filter of the auditor's search and export, as query parameters ({@code caseId, actor, agency,
 * action, outcome, from, to}): one place that reads them and answers 400 for a bad one.
 */
public class AuditFilterParams {

  @QueryParam("caseId")
  String caseId;

  @QueryParam("actor")
  String actor;

  @QueryParam("agency")
  String agency;

  @QueryParam("action")
  String action;

  @QueryParam("outcome")
  String outcome;

  @QueryParam("from")
  String from;

  @QueryParam("to")
  String to;

  AuditEntryFilter filter() {
    return new AuditEntryFilter(
        text(caseId),
        text(actor),
        text(agency),
        text(action),
        outcome(),
        instant("from", from),
        instant("to", to));
  }

  private Optional<String> outcome() {
    Optional<String> given = text(outcome);
    if (given.isPresent() && !given.get().equals("PERMIT") && !given.get().equals("DENY")) {
      throw ProblemException.badRequest("outcome", "outcome is PERMIT or DENY");
    }
    return given;
  }

  static Optional<String> text(String value) {
    return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
  }

  private static Optional<Instant> instant(String name, String value) {
    try {
      return text(value).map(Instant::parse);
    } catch (DateTimeParseException e) {
      throw ProblemException.badRequest(name, name + " is an instant like 2026-11-23T10:00:00Z");
    }
  }
}
