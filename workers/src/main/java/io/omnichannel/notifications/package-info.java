/**
 * Mail to customers and staff: the transactional outbox, its dispatcher over SMTP with retries, and
 * the events {@link io.omnichannel.notifications.MailSent} and {@link io.omnichannel.notifications.MailFailed}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package io.omnichannel.notifications;
