/** Inbound e-mail: the intake mailbox read over IMAP; replies join their request, new mails open one. */
package io.omnichannel.inbound;
