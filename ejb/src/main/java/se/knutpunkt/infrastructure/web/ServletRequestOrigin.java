package se.knutpunkt.infrastructure.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.UUID;
import se.knutpunkt.application.audit.RequestOrigin;

/**
 * The origin of the current servlet request, read from what the web tier's request filter put on it
 * ({@link RequestOrigin#REQUEST_ID_ATTRIBUTE}). Application-scoped and read only when needed: a
 * request-scoped bean made for every request cost a good part of a plain call (issue 9, Java Flight
 * Recorder).
 */
@Named("requestOrigin")
@ApplicationScoped
public class ServletRequestOrigin implements RequestOrigin {

  @Inject HttpServletRequest request;

  @Override
  public String requestId() {
    try {
      Object id = request.getAttribute(REQUEST_ID_ATTRIBUTE);
      return id != null ? id.toString() : UUID.randomUUID().toString();
    } catch (ContextNotActiveException | IllegalStateException outsideARequest) {
      return UUID.randomUUID().toString();
    }
  }

  @Override
  public Optional<String> clientAddress() {
    try {
      return Optional.ofNullable(request.getRemoteAddr());
    } catch (ContextNotActiveException | IllegalStateException outsideARequest) {
      return Optional.empty();
    }
  }
}
