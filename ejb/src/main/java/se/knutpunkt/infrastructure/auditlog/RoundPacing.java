package se.knutpunkt.infrastructure.auditlog;

/**
 * When the checkpointer's next round starts. Idle, {@code interval} after the last round ended: a
 * quiet log costs a few cheap queries a second. Under load (the last round integrated events) the
 * rounds keep a fixed rate — the next starts {@code interval} after the last one started, at once
 * if that has passed — so a round's own duration is not added to the wait of every event behind it.
 * A full batch means more are waiting: the next round starts at once.
 */
public record RoundPacing(long intervalMillis, int maxBatch) {

  public RoundPacing {
    if (intervalMillis < 1 || maxBatch < 1) {
      throw new IllegalArgumentException("the interval and the batch are positive");
    }
  }

  /** Milliseconds to wait after a round that took {@code tookMillis}. */
  public long delayAfter(LogIntegrator.Round round, long tookMillis) {
    if (round.integrated() >= maxBatch) {
      return 0;
    }
    if (round.integrated() > 0) {
      return Math.max(0, intervalMillis - tookMillis);
    }
    return intervalMillis;
  }
}
