package se.knutpunkt.application.notice;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.knutpunkt.application.live.LiveUpdates;
import se.knutpunkt.domain.event.FlagRaised;
import se.knutpunkt.domain.event.FlagWithdrawn;
import se.knutpunkt.domain.event.ForgedDocumentInCase;
import se.knutpunkt.domain.notice.NoticeKind;

/**
 * Hears of flags once they are committed and posts their notices off the flagging request's thread
 * (in a transaction of their own), then tells the recipients' open pages that they have news.
 */
@ApplicationScoped
public class NoticePosting {

  private static final Logger LOG = Logger.getLogger(NoticePosting.class.getName());

  @Inject NoticeService notices;
  @Inject LiveUpdates live;
  @Inject NoticeMail mail;

  @Resource ManagedExecutorService executor;

  void flagRaised(@Observes(during = TransactionPhase.AFTER_SUCCESS) FlagRaised event) {
    post(event.flagId(), NoticeKind.MISUSE_FLAGGED);
  }

  void flagWithdrawn(@Observes(during = TransactionPhase.AFTER_SUCCESS) FlagWithdrawn event) {
    post(event.flagId(), NoticeKind.FLAG_WITHDRAWN);
  }

  void forgedDocument(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) ForgedDocumentInCase event) {
    postOffThread(
        "the forged-document notices of case " + event.caseId(),
        () -> notices.postAboutForgedDocument(event.caseId(), event.examinationId()));
  }

  private void post(String flagId, NoticeKind kind) {
    postOffThread(
        "the notices of flag " + flagId, () -> notices.postAboutFlag(Long.parseLong(flagId), kind));
  }

  private void postOffThread(String what, Supplier<Recipients> posting) {
    executor.execute(
        () -> {
          try {
            Recipients recipients = posting.get();
            if (!recipients.isEmpty()) {
              live.noticesPosted(recipients);
              mail.tell(recipients);
            }
          } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, what + " were not posted", e);
          }
        });
  }
}
