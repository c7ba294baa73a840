package se.knutpunkt.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.knutpunkt.application.sharing.DisclosureService;
import se.knutpunkt.application.sharing.InvitationService;
import se.knutpunkt.application.sharing.SharingGuide;
import se.knutpunkt.application.sharing.SpocInbox;
import se.knutpunkt.domain.sharing.LegalBasis;
import se.knutpunkt.domain.user.Username;

/**
 * The ID-SPOC inbox: invitations sent to the agency, to accept with the investigators who join or
 * to decline with a reason, and requests for values the agency owns, to grant on stated grounds or
 * to deny. The guide shows beside each decision what the chosen basis lets be shared and demands.
 */
@Named
@ViewScoped
public class InboxPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient InvitationService invitations;
  @Inject transient DisclosureService disclosures;
  @Inject transient SharingGuide guide;
  @Inject transient UserSession user;
  @Inject transient Failures failures;
  @Inject transient Texts texts;
  @Inject transient NoticeCount count;

  private transient SpocInbox inbox;

  /** Who joins, by invitation; a checkbox group hands over a String[] (its value type is open). */
  private final Map<String, Object> joining = new HashMap<>();

  private final Map<String, String> otherMembers = new HashMap<>();
  private final Map<String, String> declineReasons = new HashMap<>();
  private final Map<String, SharingForms.Grounds> grounds = new HashMap<>();
  private final Map<String, String> denyReasons = new HashMap<>();

  public SpocInbox getInbox() {
    if (inbox == null) {
      inbox = invitations.inbox(user.subject());
    }
    return inbox;
  }

  /** The live channel said there is news: read the inbox again. */
  public void refresh() {
    inbox = null;
    count.countAgain();
  }

  public Map<String, Object> getJoining() {
    return joining;
  }

  public Map<String, String> getOtherMembers() {
    return otherMembers;
  }

  public Map<String, String> getDeclineReasons() {
    return declineReasons;
  }

  public Map<String, String> getDenyReasons() {
    return denyReasons;
  }

  /** The grounds being written for one disclosure request. */
  public SharingForms.Grounds grounds(String requestId) {
    return grounds.computeIfAbsent(requestId, id -> new SharingForms.Grounds());
  }

  public boolean demands(String requestId, String demand) {
    return SharingForms.demands(guide, grounds(requestId), demand);
  }

  public SharingGuide.Entry guideFor(String requestId) {
    return SharingForms.entry(guide, grounds(requestId)).orElse(null);
  }

  public List<LegalBasis> getBases() {
    return Arrays.asList(LegalBasis.values());
  }

  public void accept(String invitationId) {
    Set<Username> members = new LinkedHashSet<>();
    try {
      Object chosen = joining.get(invitationId);
      List<?> names =
          chosen instanceof Object[] array
              ? Arrays.asList(array)
              : chosen instanceof java.util.Collection<?> list ? List.copyOf(list) : List.of();
      for (Object name : names) {
        members.add(Username.of(String.valueOf(name)));
      }
      for (String other :
          String.valueOf(otherMembers.getOrDefault(invitationId, "")).split("[,\\s]+")) {
        if (!other.isBlank()) {
          members.add(Username.of(other.strip().toLowerCase(java.util.Locale.ROOT)));
        }
      }
    } catch (IllegalArgumentException e) {
      texts.error("inbox.badUsername");
      return;
    }
    try {
      invitations.accept(user.subject(), invitationId, List.copyOf(members));
      texts.info("inbox.accepted");
      forget(invitationId);
    } catch (RuntimeException e) {
      failures.show(e);
    }
  }

  public void decline(String invitationId) {
    try {
      invitations.decline(user.subject(), invitationId, declineReasons.get(invitationId));
      texts.info("inbox.declined");
      forget(invitationId);
    } catch (RuntimeException e) {
      failures.show(e);
    }
  }

  public void grant(String requestId) {
    SharingForms.Grounds written = grounds(requestId);
    if (written.written(guide).isEmpty()) {
      texts.error("sharing.chooseBasis");
      return;
    }
    try {
      disclosures.grant(user.subject(), requestId, written.written(guide).get());
      texts.info("inbox.granted");
      forget(requestId);
    } catch (RuntimeException e) {
      failures.show(e);
    }
  }

  public void deny(String requestId) {
    try {
      disclosures.deny(user.subject(), requestId, denyReasons.get(requestId));
      texts.info("inbox.denied");
      forget(requestId);
    } catch (RuntimeException e) {
      failures.show(e);
    }
  }

  /** Shows the guide for a basis just chosen; nothing is sent. */
  public void chooseBasis() {}

  private void forget(String id) {
    joining.remove(id);
    otherMembers.remove(id);
    declineReasons.remove(id);
    grounds.remove(id);
    denyReasons.remove(id);
    inbox = null;
    count.countAgain();
  }
}
