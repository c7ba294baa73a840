package se.knutpunkt.application.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.UUID;

/**
 * Where the current request came from, for the audit trail: its id and the client's address. The
 * web tier fills it in as a request arrives.
 */
@Named
@RequestScoped
public class RequestOrigin {

  private String requestId = UUID.randomUUID().toString();
  private String clientAddress;

  public void set(String requestId, String clientAddress) {
    this.requestId = requestId;
    this.clientAddress = clientAddress;
  }

  public String requestId() {
    return requestId;
  }

  public Optional<String> clientAddress() {
    return Optional.ofNullable(clientAddress);
  }
}
