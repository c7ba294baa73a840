package se.knutpunkt.application.notice;

import java.util.Set;

/**
 * Tells people by e-mail that they have a new notice — and nothing else: no case, no identifier, no
 * category (secrecy holds in mailboxes too). Behind an interface so that the application does not
 * depend on the mail transport.
 */
public interface NoticeMailer {

  /** Sends each address the content-free mail; an address that fails does not stop the others. */
  void tellOfNewNotice(Set<String> addresses);

  /** The daily digest: how many notices the person has not read, and where to read them. */
  void tellOfUnreadNotices(String address, int unread);
}
