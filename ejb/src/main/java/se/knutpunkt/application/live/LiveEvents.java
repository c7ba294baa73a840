package se.knutpunkt.application.live;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;
import se.knutpunkt.domain.event.CaseEvent;

/**
 * Hears every change of a case and announces it to the live workspace once its transaction has
 * committed (never after a rollback) — all changes of one transaction together, so that an item
 * added with its values reaches each follower as one push. This is {@code AFTER_SUCCESS}
 * observation, gathered per transaction (ADR 0009).
 */
@ApplicationScoped
public class LiveEvents {

  private static final Object BATCH = LiveEvents.class.getName() + ".batch";

  @Inject LiveUpdates updates;

  @Resource TransactionSynchronizationRegistry transactions;

  void happened(@Observes CaseEvent event) {
    if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
      updates.announce(List.of(event));
      return;
    }
    @SuppressWarnings("unchecked")
    List<CaseEvent> batch = (List<CaseEvent>) transactions.getResource(BATCH);
    if (batch == null) {
      List<CaseEvent> events = new ArrayList<>();
      transactions.putResource(BATCH, events);
      transactions.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
              if (status == Status.STATUS_COMMITTED) {
                updates.announce(events);
              }
            }
          });
      batch = events;
    }
    batch.add(event);
  }
}
