package se.knutpunkt.application.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import se.knutpunkt.domain.event.DomainEvent;

/**
 * Publishes through CDI. Subscribers observe with {@code @Observes(during =
 * TransactionPhase.AFTER_SUCCESS)}, so that they run after the commit and not at all after a
 * rollback (ADR 0006).
 */
@ApplicationScoped
public class CdiDomainEvents implements DomainEvents {

  @Inject Event<DomainEvent> events;

  @Override
  public void publish(DomainEvent event) {
    events.fire(event);
  }
}
