package se.knutpunkt.application.event;

import se.knutpunkt.domain.event.DomainEvent;

/**
 * Where services announce what happened. Subscribers hear of an event only once the transaction
 * that made it has committed, and never of one that rolled back.
 */
public interface DomainEvents {

  void publish(DomainEvent event);
}
