package se.knutpunkt.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.knutpunkt.application.misuse.MisuseFlagService;
import se.knutpunkt.application.notice.NoticeService;
import se.knutpunkt.application.notice.NoticeView;
import se.knutpunkt.application.notice.WatchService;
import se.knutpunkt.domain.notice.Watch;

/** The user's notices (and, for an ID-SPOC, their agency's ID-SPOC inbox), newest first. */
@Named
@ViewScoped
public class NoticesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient NoticeService notices;
  @Inject transient UserSession user;
  @Inject transient Failures failures;
  @Inject transient NoticeCount count;
  @Inject transient Texts texts;
  @Inject transient WatchService watches;
  @Inject transient MisuseFlagService flags;

  private List<NoticeView> shown;
  private Boolean digest;
  private List<Watch> watched;
  private String toWatch;

  public List<NoticeView> getNotices() {
    if (shown == null) {
      shown = notices.inbox(user.subject());
    }
    return shown;
  }

  public List<Watch> getWatches() {
    if (watched == null) {
      watched = watches.mine(user.subject());
    }
    return watched;
  }

  public String getToWatch() {
    return toWatch;
  }

  public void setToWatch(String toWatch) {
    this.toWatch = toWatch;
  }

  /** Starts watching the identifier the user wrote. */
  public void watch() {
    try {
      Watch watch = watches.watch(user.subject(), flags.identifier(String.valueOf(toWatch)));
      texts.info("watches.added", watch.shown());
      toWatch = null;
    } catch (RuntimeException e) {
      failures.show(e);
    }
    watched = null;
  }

  public void stopWatching(long id) {
    try {
      watches.stop(user.subject(), id);
      texts.info("watches.stopped");
    } catch (RuntimeException e) {
      failures.show(e);
    }
    watched = null;
  }

  /** Whether the user gets the daily mail of how many notices are unread. */
  public boolean isDigest() {
    if (digest == null) {
      digest = notices.wantsDigest(user.subject());
    }
    return digest;
  }

  public void setDigest(boolean digest) {
    this.digest = digest;
  }

  public void saveDigest() {
    try {
      notices.chooseDigest(user.subject(), isDigest());
      texts.info(isDigest() ? "notices.digest.on" : "notices.digest.off");
    } catch (RuntimeException e) {
      failures.show(e);
    }
  }

  public void markRead(long id) {
    try {
      notices.markRead(user.subject(), id);
    } catch (RuntimeException e) {
      failures.show(e);
    }
    shown = null;
    count.countAgain();
  }
}
