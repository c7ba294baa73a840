package se.knutpunkt.infrastructure.auditlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import se.knutpunkt.security.auditlog.merkle.TreeSize;

class RoundPacingTest {

  private final RoundPacing pacing = new RoundPacing(200, 10_000);

  private static LogIntegrator.Round integrating(long events) {
    return new LogIntegrator.Round(TreeSize.of(500), TreeSize.of(500 + events), events > 0);
  }

  @Test
  void anIdleLogWaitsTheWholeIntervalAfterTheRound() {
    assertThat(pacing.delayAfter(integrating(0), 3)).isEqualTo(200);
    assertThat(pacing.delayAfter(integrating(0), 500)).isEqualTo(200);
  }

  @Test
  void underLoadRoundsStartAtAFixedRateAndAtOnceWhenOverdue() {
    assertThat(pacing.delayAfter(integrating(1), 30)).isEqualTo(170);
    assertThat(pacing.delayAfter(integrating(4_000), 200)).isZero();
    assertThat(pacing.delayAfter(integrating(4_000), 900)).isZero();
  }

  @Test
  void aFullBatchIsFollowedAtOnce() {
    assertThat(pacing.delayAfter(integrating(10_000), 5)).isZero();
  }

  @Test
  void intervalAndBatchArePositive() {
    assertThatThrownBy(() -> new RoundPacing(0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RoundPacing(1, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
