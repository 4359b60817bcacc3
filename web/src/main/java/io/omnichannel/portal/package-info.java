/** The customer portal: every journey's request forms, the status page behind the secret link, and answers to staff's questions. */
@org.springframework.modulith.ApplicationModule(displayName = "Customer portal")
package io.omnichannel.portal;
