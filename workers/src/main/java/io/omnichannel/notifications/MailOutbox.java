package io.omnichannel.notifications;

/** The transactional outbox for e-mail: enqueued in the caller's transaction, sent afterwards with retries. */
public interface MailOutbox {

  /** @return false when a mail with the same dedup key was enqueued before (nothing new is enqueued) */
  boolean enqueue(OutboundMail mail);
}
