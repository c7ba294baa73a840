package se.knutpunkt.application.testing;

import java.util.ArrayList;
import java.util.List;
import se.knutpunkt.application.event.DomainEvents;
import se.knutpunkt.domain.event.DomainEvent;

/** Keeps the events the services publish. */
public final class RecordingDomainEvents implements DomainEvents {

  private final List<DomainEvent> published = new ArrayList<>();

  @Override
  public void publish(DomainEvent event) {
    published.add(event);
  }

  public List<DomainEvent> published() {
    return List.copyOf(published);
  }

  public void clear() {
    published.clear();
  }
}
