package se.knutpunkt.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.knutpunkt.application.notice.NoticeService;

/** The unread count in the header: asked once per request, and only of case workers. */
@Named
@RequestScoped
public class NoticeCount {

  @Inject NoticeService notices;
  @Inject UserSession user;

  private Integer unread;

  /** After the user read a notice in this request: counted again when next asked. */
  public void countAgain() {
    unread = null;
  }

  public int getUnread() {
    if (unread == null) {
      unread = user.getMay().worksCases() ? notices.unreadCount(user.subject()) : 0;
    }
    return unread;
  }
}
