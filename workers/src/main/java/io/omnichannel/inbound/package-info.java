/** Inbound e-mail: the intake mailbox read over IMAP; replies join their request, new mails open one. */
@org.springframework.modulith.ApplicationModule(displayName = "Inbound mail")
package io.omnichannel.inbound;
