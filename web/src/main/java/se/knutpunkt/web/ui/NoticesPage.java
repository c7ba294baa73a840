package se.knutpunkt.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.knutpunkt.application.notice.NoticeService;
import se.knutpunkt.application.notice.NoticeView;

/** The user's notices (and, for an ID-SPOC, their agency's ID-SPOC inbox), newest first. */
@Named
@ViewScoped
public class NoticesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient NoticeService notices;
  @Inject transient UserSession user;
  @Inject transient Failures failures;
  @Inject transient NoticeCount count;

  private List<NoticeView> shown;

  public List<NoticeView> getNotices() {
    if (shown == null) {
      shown = notices.inbox(user.subject());
    }
    return shown;
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
