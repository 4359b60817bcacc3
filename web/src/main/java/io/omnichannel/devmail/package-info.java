/** The development mailbox: every mail the embedded mail server received, for trying the product. */
@org.springframework.modulith.ApplicationModule(displayName = "Dev mailbox")
package io.omnichannel.devmail;
