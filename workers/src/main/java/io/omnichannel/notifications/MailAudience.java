package io.omnichannel.notifications;

/** Whom a mail is for: a request's history shows the customer only her own mails. */
public enum MailAudience {
  /** The customer, about her request: shown to her on the status page and in the API. */
  CUSTOMER,
  /** Colleagues (reminders, escalations, assignments): in the request's staff history only. */
  STAFF,
  /** The watchdog's alerts to process owners: never in a request's history, never a finding of their own. */
  WATCHDOG
}
