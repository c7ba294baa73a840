package se.knutpunkt.application.sharing;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.knutpunkt.domain.event.InvitationSent;

/**
 * Ends invitations when their end date comes: a timer set for each invitation as it is sent, and a
 * sweep at start-up and every ten minutes for any whose timer a restart lost. Access ends on the
 * dot regardless (the policy decision point reads the membership's end); this records the end,
 * removes the members and tells both agencies.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class InvitationExpiry {

  private static final Logger LOG = Logger.getLogger(InvitationExpiry.class.getName());

  @Inject InvitationService invitations;
  @Inject Clock clock;
  @Resource TimerService timers;

  @PostConstruct
  void atStartUp() {
    timers.createSingleActionTimer(1_000, new TimerConfig("invitation sweep at start-up", false));
  }

  public void sent(@Observes(during = TransactionPhase.AFTER_SUCCESS) InvitationSent event) {
    // the end date is read again when the timer fires; this only says when to look
    invitations
        .expiryOf(event.invitationId())
        .ifPresent(
            at -> {
              long delay = Math.max(0, at.toInstant().toEpochMilli() - clock.millis());
              timers.createSingleActionTimer(delay, new TimerConfig("end of an invitation", false));
            });
  }

  @Schedule(minute = "*/10", hour = "*", persistent = false, info = "invitation sweep")
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void sweep() {
    endDue();
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void due(Timer timer) {
    endDue();
  }

  private void endDue() {
    for (String id : invitations.dueToExpire()) {
      try {
        invitations.expire(id);
      } catch (RuntimeException e) {
        // the next sweep tries again; one that fails must not hold up the others
        LOG.log(Level.WARNING, "Invitation " + id + " could not be ended", e);
      }
    }
  }
}
