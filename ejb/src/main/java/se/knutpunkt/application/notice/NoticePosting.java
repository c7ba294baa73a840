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
import se.knutpunkt.domain.event.DisclosureDecided;
import se.knutpunkt.domain.event.DisclosureRequested;
import se.knutpunkt.domain.event.FlagRaised;
import se.knutpunkt.domain.event.FlagWithdrawn;
import se.knutpunkt.domain.event.ForgedDocumentInCase;
import se.knutpunkt.domain.event.InvitationAccepted;
import se.knutpunkt.domain.event.InvitationDeclined;
import se.knutpunkt.domain.event.InvitationExpired;
import se.knutpunkt.domain.event.InvitationRevoked;
import se.knutpunkt.domain.event.InvitationSent;
import se.knutpunkt.domain.notice.NoticeKind;

/**
 * Hears of flags, and of the steps of invitations and disclosure requests, once they are committed
 * and posts their notices off the flagging request's thread (in a transaction of their own), then
 * tells the recipients' open pages that they have news.
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

  void invitationSent(@Observes(during = TransactionPhase.AFTER_SUCCESS) InvitationSent event) {
    aboutInvitation(event.invitationId(), NoticeKind.INVITATION_RECEIVED);
  }

  void invitationAccepted(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) InvitationAccepted event) {
    aboutInvitation(event.invitationId(), NoticeKind.INVITATION_ACCEPTED);
  }

  void invitationDeclined(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) InvitationDeclined event) {
    aboutInvitation(event.invitationId(), NoticeKind.INVITATION_DECLINED);
  }

  void invitationRevoked(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) InvitationRevoked event) {
    aboutInvitation(event.invitationId(), NoticeKind.INVITATION_REVOKED);
  }

  void invitationExpired(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) InvitationExpired event) {
    aboutInvitation(event.invitationId(), NoticeKind.INVITATION_EXPIRED);
  }

  void disclosureRequested(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) DisclosureRequested event) {
    postOffThread(
        "the notice of disclosure request " + event.requestId(),
        () -> notices.postAboutDisclosure(event.requestId(), NoticeKind.DISCLOSURE_REQUESTED));
  }

  void disclosureDecided(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) DisclosureDecided event) {
    NoticeKind kind =
        event.granted() ? NoticeKind.DISCLOSURE_GRANTED : NoticeKind.DISCLOSURE_DENIED;
    postOffThread(
        "the notice of disclosure decision " + event.requestId(),
        () -> notices.postAboutDisclosure(event.requestId(), kind));
  }

  private void aboutInvitation(String invitationId, NoticeKind kind) {
    postOffThread(
        "the " + kind + " notices of invitation " + invitationId,
        () -> notices.postAboutInvitation(invitationId, kind));
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
