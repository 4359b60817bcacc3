/** A customer's whole timeline across channels, requests, mails, tasks and stock holds, read from one view. */
@org.springframework.modulith.ApplicationModule(displayName = "Customer timeline")
package io.omnichannel.timeline;
