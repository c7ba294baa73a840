package se.knutpunkt.application.audit;

import java.util.Optional;

/**
 * Where the current request came from, for the audit trail and error messages: its id and the
 * client's address. The web tier knows them; work outside a request gets an id of its own.
 */
public interface RequestOrigin {

  /** The servlet request attribute under which the web tier leaves the request's id. */
  String REQUEST_ID_ATTRIBUTE = "knutpunkt.requestId";

  String requestId();

  Optional<String> clientAddress();
}
